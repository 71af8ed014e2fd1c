/// The values of an open dimension (a `site` without a configured list), each kept once and
/// numbered in the order first seen, looked up by their bytes so a row costs no `String`.
struct OpenValueTable: Sendable {
    /// The values, in the order first seen.
    private(set) var values: [String] = []
    /// Each value as `AnswerEncoding` writes it (length, then UTF-8), in the same order.
    private(set) var encoded: [[UInt8]] = []
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing: value index + 1, or 0 for an empty slot; the capacity is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []

    var count: Int { values.count }

    /// The index of the value with these bytes, adding it when new.
    mutating func index(of value: UnsafeRawBufferPointer) -> Int32 {
        let hash = ByteHash.of(value)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hashes[entry - 1] == hash, matches(entry - 1, value) {
                return Int32(entry - 1)
            }
            slot = (slot + 1) & mask
        }
        let index = values.count
        bytes.append(contentsOf: value)
        ends.append(bytes.count)
        hashes.append(hash)
        let text = String(decoding: value, as: UTF8.self)
        values.append(text)
        encoded.append(AnswerEncoding.encodedString(text))
        slots[slot] = Int32(index + 1)
        if values.count * 2 > slots.count {
            grow()
        }
        return Int32(index)
    }

    /// The index of `value`, adding it when new.
    mutating func index(of value: String) -> Int32 {
        var value = value
        return value.withUTF8 { index(of: UnsafeRawBufferPointer($0)) }
    }

    private func matches(_ index: Int, _ value: UnsafeRawBufferPointer) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        guard ends[index] - start == value.count else { return false }
        return bytes.withUnsafeBytes { stored in
            value.count == 0 || ByteHash.equal(stored.baseAddress! + start, value.baseAddress!, count: value.count)
        }
    }

    private mutating func grow() {
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 {
                slot = (slot + 1) & mask
            }
            grown[slot] = Int32(index + 1)
        }
        slots = grown
    }
}
