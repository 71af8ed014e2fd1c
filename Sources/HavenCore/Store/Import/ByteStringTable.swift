/// Byte strings kept once each in one block, numbered in the order first seen and found again by
/// their bytes: no `String` and no allocation per entry. An open dimension's values repeat on
/// every row, and a network's comments repeat most of their texts ("N/A", "Parking, again").
struct ByteStringTable: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot; the capacity is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []

    /// How many distinct byte strings it holds.
    var count: Int { ends.count }

    /// The index of the entry with these bytes, adding it when new (`inserted`).
    mutating func insert(_ value: UnsafeRawBufferPointer) -> (index: Int32, inserted: Bool) {
        let hash = ByteHash.of(value)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hashes[entry - 1] == hash, matches(entry - 1, value) {
                return (Int32(entry - 1), false)
            }
            slot = (slot + 1) & mask
        }
        let index = ends.count
        bytes.append(contentsOf: value)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if ends.count * 2 > slots.count {
            grow()
        }
        return (Int32(index), true)
    }

    /// The bytes of entry `index`, for the duration of `body`.
    func withBytes<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let start = index == 0 ? 0 : ends[index - 1]
        return try bytes.withUnsafeBytes { stored in
            try body(UnsafeRawBufferPointer(rebasing: stored[start..<ends[index]]))
        }
    }

    /// Entry `index` as text.
    func string(at index: Int) -> String {
        withBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Gives back the room growing left in its lists, for a table kept long after it is filled.
    mutating func fit() {
        bytes = bytes.fitted()
        ends = ends.fitted()
        hashes = hashes.fitted()
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
