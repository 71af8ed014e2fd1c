/// Finest cells numbered by a 64-bit key packing every dimension's value: open addressing over
/// two flat arrays, cheaper per row than a `Dictionary` (no hasher, no resilience checks).
struct AtomTable {
    private var keys = [UInt64](repeating: 0, count: 1024)
    /// Atom index + 1; 0 marks an empty slot.
    private var atoms = [Int32](repeating: 0, count: 1024)
    private(set) var count = 0

    /// The atom with `key`, or nil.
    func atom(_ key: UInt64) -> Int? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: ByteHash.mix(key)) & mask
        while atoms[slot] != 0 {
            if keys[slot] == key { return Int(atoms[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Numbers a new key `count` (the caller has checked it is new).
    mutating func add(_ key: UInt64) -> Int {
        count += 1
        if count * 2 > keys.count {
            grow()
        }
        place(key, atom: count - 1)
        return count - 1
    }

    private mutating func place(_ key: UInt64, atom: Int) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: ByteHash.mix(key)) & mask
        while atoms[slot] != 0 {
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        atoms[slot] = Int32(atom + 1)
    }

    private mutating func grow() {
        let old = zip(keys, atoms).filter { $0.1 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        atoms = [Int32](repeating: 0, count: atoms.count * 2)
        for (key, atom) in old {
            place(key, atom: Int(atom) - 1)
        }
    }
}
