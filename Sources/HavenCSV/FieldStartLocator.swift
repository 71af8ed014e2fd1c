/// Finds where a field of a record begins by reading the record again from its start.
///
/// libcsv only notices an unclosed quoted field at the very end of the input, yet the person
/// fixing the file needs the place where that field opened. Only this error path uses it, so a
/// simple second pass costs nothing on valid files.
enum FieldStartLocator {
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")

    /// The file offset where field `column` (1-based) of the record at `recordStart` begins, or
    /// nil if the input cannot be read again. The fields before it parsed cleanly, so quotes
    /// pair up and toggling on each one tracks whether a comma separates fields.
    static func offset<Source: ChunkSource & ~Copyable>(
        ofField column: Int,
        inRecordAt recordStart: Int,
        of source: borrowing Source
    ) -> Int? {
        guard column > 1 else {
            return recordStart
        }
        var block = [UInt8](repeating: 0, count: 4096)
        var field = 1
        var insideQuotes = false
        var offset = recordStart
        while true {
            let count = block.withUnsafeMutableBytes { source.readBytes(at: offset, into: $0) }
            guard let count, count > 0 else {
                return nil
            }
            for index in 0..<count {
                let byte = block[index]
                if byte == quote {
                    insideQuotes.toggle()
                } else if byte == comma, !insideQuotes {
                    field += 1
                    if field == column {
                        return offset + index + 1
                    }
                }
            }
            offset += count
        }
    }
}
