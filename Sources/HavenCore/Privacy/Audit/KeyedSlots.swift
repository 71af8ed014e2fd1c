/// How a `KeyedSlots` table finds the key of a number it holds: it keeps the numbers alone.
protocol SlotKeys: Sendable {
    /// The key of `number`, one of the numbers the table holds.
    func key(of number: Int) -> UInt64
}

/// Numbers by 64-bit key: an open-addressing table probed linearly, which keeps only the numbers
/// and reads a number's key back through `keys` when a probe meets it.
///
/// Written here rather than taken from `Dictionary`, which hashes every key with seeded SipHash:
/// the move search looks up millions of corners, and hashing was a quarter of a national audit's
/// time. Its keys are packed coordinates nobody chooses, so a multiplicative hash spreads them
/// well. They are the coordinates the move search holds already (`MoveCertifier`): kept again in
/// the table, they were two thirds of its tables, 1.5 MB of a national question system's probe at
/// its peak, and a probe reads the key at the slot's number rather than beside it, no further away.
struct KeyedSlots<Keys: SlotKeys>: Sendable {
    /// Where the held numbers' keys are read.
    let keys: Keys
    /// -1 marks an empty slot.
    private var numbers: [Int32]
    private let shift: UInt64
    private var count = 0

    /// Room for `capacity` numbers at most half full, whose keys `keys` gives.
    init(capacity: Int, keys: Keys) {
        var bits = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        self.keys = keys
        numbers = [Int32](repeating: -1, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    /// The number held at `key`, if any.
    subscript(key: UInt64) -> Int? {
        var index = slot(key)
        while numbers[index] >= 0 {
            if keys.key(of: Int(numbers[index])) == key { return Int(numbers[index]) }
            index = (index + 1) & (numbers.count - 1)
        }
        return nil
    }

    /// Holds `number` at its key, in place of any number held there. Holding more numbers than the
    /// capacity asked for stops the program once the table is full.
    mutating func insert(_ number: Int) {
        precondition((0...Int(Int32.max)).contains(number))
        let key = keys.key(of: number)
        var index = slot(key)
        while numbers[index] >= 0 && keys.key(of: Int(numbers[index])) != key { index = (index + 1) & (numbers.count - 1) }
        if numbers[index] < 0 {
            // A full table would leave lookups of absent keys probing forever.
            precondition(count + 1 < numbers.count, "more numbers than the table was made for")
            count += 1
        }
        numbers[index] = Int32(number)
    }

    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
