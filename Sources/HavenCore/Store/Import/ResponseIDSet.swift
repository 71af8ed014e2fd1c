/// The `response_id`s of a file seen so far, kept as 64-bit hashes: about 11 bytes per row
/// instead of a `String` each, so a million-row file's ids take about 12 MB rather than 100.
///
/// Two different ids can share a hash (about one chance in 10^8 at a million rows), so a hit
/// only says "perhaps seen"; the caller confirms it against the file before reporting it.
struct ResponseIDSet {
    /// Open addressing with linear probing; 0 marks an empty slot (a hash of 0 is stored as 1).
    /// Any capacity works: a hash picks its slot by scaling, not by masking.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// Makes room for about `expected` ids at once, so that a large file's table is allocated
    /// once at its final size rather than doubled (and briefly held twice) on the way.
    mutating func reserve(_ expected: Int) {
        let capacity = expected * 4 / 3 + 1024
        if capacity > slots.count {
            rehash(capacity: capacity)
        }
    }

    /// Adds the id's hash; returns false when the hash was already there.
    mutating func insert(_ id: UnsafeRawBufferPointer) -> Bool {
        let hash = max(ByteHash.of(id), 1)
        let capacity = slots.count
        var slot = Self.slot(of: hash, capacity: capacity)
        while slots[slot] != 0 {
            if slots[slot] == hash { return false }
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
        slots[slot] = hash
        count += 1
        // Up to 3/4 full: probes stay short.
        if count * 4 > capacity * 3 {
            rehash(capacity: capacity * 2)
        }
        return true
    }

    @inline(__always)
    private static func slot(of hash: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    private mutating func rehash(capacity: Int) {
        var grown = [UInt64](repeating: 0, count: capacity)
        for hash in slots where hash != 0 {
            var slot = Self.slot(of: hash, capacity: capacity)
            while grown[slot] != 0 {
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
            grown[slot] = hash
        }
        slots = grown
    }
}
