/// The `response_id`s of a file seen so far, kept as 64-bit hashes: 8 to 16 bytes per row
/// instead of a `String` each, so a million-row file's ids take about 16 MB rather than 100.
///
/// Two different ids can share a hash (about one chance in 10^8 at a million rows), so a hit
/// only says "perhaps seen"; the caller confirms it against the file before reporting it.
struct ResponseIDSet {
    /// Open addressing with linear probing; 0 marks an empty slot (a hash of 0 is stored as 1).
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// Adds the id's hash; returns false when the hash was already there.
    mutating func insert(_ id: UnsafeRawBufferPointer) -> Bool {
        let hash = max(ByteHash.of(id), 1)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] != 0 {
            if slots[slot] == hash { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = hash
        count += 1
        // Up to 3/4 full: probes stay short, and growth doubles only when needed.
        if count * 4 > slots.count * 3 {
            grow()
        }
        return true
    }

    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for hash in slots where hash != 0 {
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while grown[slot] != 0 {
                slot = (slot + 1) & mask
            }
            grown[slot] = hash
        }
        slots = grown
    }
}
