/// Records copied out of a reader's reused buffers, so that another thread can handle them
/// while the reader parses on: the bytes of every field one after another, and per record its
/// field ends, number and offsets. Its buffers are reused from batch to batch.
struct RowBatch {
    private var bytes: [UInt8] = []
    /// Field ends relative to the start of their record's bytes, as `CSVRow` expects them.
    private var fieldEnds: [Int] = []
    private var rowStarts: [(bytes: Int, fields: Int)] = []
    private var rowInfo: [(count: Int, number: Int, byteOffset: Int, endByteOffset: Int)] = []
    /// Per record, what the parsing thread's look at it said (`CSVReader.forEachRowReadingAhead(marking:_:)`).
    private var marks: [Bool] = []

    /// Field bytes a batch holds before it is handed over.
    static let targetBytes = 256 << 10
    /// Records a batch holds before it is handed over.
    static let targetRows = 2048

    var isFull: Bool { bytes.count >= Self.targetBytes || rowInfo.count >= Self.targetRows }

    /// Copies `row`, with its mark.
    mutating func append(_ row: CSVRow, mark: Bool) {
        marks.append(mark)
        let length = row.count == 0 ? 0 : row.fieldEnds[row.count - 1]
        rowStarts.append((bytes.count, fieldEnds.count))
        rowInfo.append((row.count, row.number, row.byteOffset, row.endByteOffset))
        bytes.append(contentsOf: UnsafeBufferPointer(start: row.bytes, count: length))
        fieldEnds.append(contentsOf: UnsafeBufferPointer(start: row.fieldEnds, count: row.count))
    }

    /// Calls `body` with each record, as the reader would have, and its mark.
    func forEach(_ body: (CSVRow, Bool) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { ends in
                // An empty buffer may have no address; a record with no bytes never reads it.
                let byteBase = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                let endBase = ends.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Int>.alignment)!
                for (index, (start, info)) in zip(rowStarts, rowInfo).enumerated() {
                    try body(
                        CSVRow(
                            bytes: byteBase + start.bytes, fieldEnds: endBase + start.fields, count: info.count,
                            number: info.number, byteOffset: info.byteOffset, endByteOffset: info.endByteOffset),
                        marks[index])
                }
            }
        }
    }

    /// Forgets the records, keeping the capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        rowStarts.removeAll(keepingCapacity: true)
        rowInfo.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
    }
}
