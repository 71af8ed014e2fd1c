/// The values of an open dimension (a `site` without a configured list), each kept once and
/// numbered in the order first seen, looked up by their bytes so a row costs no `String`.
struct OpenValueTable: Sendable {
    /// The values, in the order first seen.
    private(set) var values: [String] = []
    /// Each value as `AnswerEncoding` writes it (length, then UTF-8), in the same order.
    private(set) var encoded: [[UInt8]] = []
    private var table = ByteStringTable()

    var count: Int { values.count }

    /// The index of the value with these bytes, adding it when new.
    mutating func index(of value: UnsafeRawBufferPointer) -> Int32 {
        let (index, inserted) = table.insert(value)
        if inserted {
            let text = String(decoding: value, as: UTF8.self)
            values.append(text)
            encoded.append(AnswerEncoding.encodedString(text))
        }
        return index
    }

    /// The index of `value`, adding it when new.
    mutating func index(of value: String) -> Int32 {
        var value = value
        return value.withUTF8 { index(of: UnsafeRawBufferPointer($0)) }
    }
}
