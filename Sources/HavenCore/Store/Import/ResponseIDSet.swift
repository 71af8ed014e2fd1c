/// The `response_id`s of a file seen so far, kept as hashes rather than a `String` each: once the
/// file's size tells how many rows to expect (`reserve`), as 32 bits of each hash in a table
/// sized once, about 6 bytes a row. Kept as 64-bit hashes in a table that doubled as it filled,
/// a million-row file's ids took 12 MB, the only part of a report's memory that grew with the
/// rows (a 3-million-row file's 35 MB).
///
/// A hit only says "perhaps seen": two ids can share a hash, and in the narrow table two hashes
/// can share their 32 bits when one's slot is on the other's probe run. The runs are a few slots
/// long, so a million-row file has about one chance in a thousand of one such hit; the caller
/// confirms every hit against the file (reading it again) before reporting it.
struct ResponseIDSet {
    /// The hashes before `reserve`, and those past the narrow table's room when the file holds
    /// more rows than its first ones foretold: 64-bit, so that the table can grow.
    private var wide = HashTable<UInt64>(capacity: 1024)
    /// The hashes after `reserve`: 32 bits each, the slot picked by the others. It cannot grow,
    /// as the bits that picked each one's slot are not kept.
    private var narrow = HashTable<UInt32>(capacity: 0)

    /// Makes room for about `expected` ids in the narrow table, once: the ids seen so far move
    /// into it.
    mutating func reserve(_ expected: Int) {
        guard narrow.capacity == 0 else { return }
        narrow = HashTable(capacity: expected * 4 / 3 + 1024)
        for hash in wide.hashes { narrow.add(hash) }
        wide = HashTable(capacity: 1024)
    }

    /// Adds the id's hash; returns false when it was perhaps there already.
    mutating func insert(_ id: UnsafeRawBufferPointer) -> Bool {
        // 0 marks an empty slot in both tables.
        let hash = max(ByteHash.of(id), 1)
        if narrow.contains(hash) || (!wide.isEmpty && wide.contains(hash)) { return false }
        if narrow.hasRoom {
            narrow.add(hash)
        } else {
            wide.add(hash)
            if !wide.hasRoom { wide.grow() }
        }
        return true
    }
}

/// Open addressing with linear probing over `Stored`-wide parts of 64-bit hashes (never 0): the
/// slot is picked from the hash's high bits by scaling (any capacity works), and the low bits are
/// stored, so that a narrow table's stored bits are independent of its slots.
private struct HashTable<Stored: FixedWidthInteger & UnsignedInteger> {
    private var slots: [Stored]
    private var count = 0

    init(capacity: Int) {
        slots = [Stored](repeating: 0, count: capacity)
    }

    var capacity: Int { slots.count }
    var isEmpty: Bool { count == 0 }
    /// Up to 3/4 full: probe runs stay short.
    var hasRoom: Bool { (count + 1) * 4 <= capacity * 3 }

    /// The stored hashes: whole only when `Stored` is 64 bits wide.
    var hashes: [UInt64] {
        slots.filter { $0 != 0 }.map { UInt64(truncatingIfNeeded: $0) }
    }

    func contains(_ hash: UInt64) -> Bool {
        guard capacity > 0 else { return false }
        let stored = Self.stored(hash)
        var slot = Self.slot(of: hash, capacity: capacity)
        while slots[slot] != 0 {
            if slots[slot] == stored { return true }
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
        return false
    }

    /// Adds `hash`, not there yet, while there is room.
    mutating func add(_ hash: UInt64) {
        var slot = Self.slot(of: hash, capacity: capacity)
        while slots[slot] != 0 {
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
        slots[slot] = Self.stored(hash)
        count += 1
    }

    /// Doubles the table: only a 64-bit one, whose stored hashes are whole.
    mutating func grow() {
        precondition(Stored.bitWidth == 64, "a narrow table keeps too few bits to grow")
        var grown = HashTable(capacity: 2 * capacity)
        for hash in hashes { grown.add(hash) }
        self = grown
    }

    @inline(__always)
    private static func stored(_ hash: UInt64) -> Stored {
        max(Stored(truncatingIfNeeded: hash), 1)
    }

    @inline(__always)
    private static func slot(of hash: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(capacity)).high)
    }
}
