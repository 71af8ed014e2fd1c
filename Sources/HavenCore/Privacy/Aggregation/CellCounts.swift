/// Every finest cell's counts, `width` slots per atom, each atom's row in the fewest bits per
/// slot (4, 8, 16 or 32) that hold its largest count. A national quarter has ten thousand atoms of
/// two hundred slots, nearly all counting fewer than 256 people, and four in five of them fewer
/// than 16: held as 32-bit integers, with room to grow, its four quarters' counts were 45 MB, the
/// largest part of the counts and a quarter of a report's peak memory; a byte a slot, 9 MB; half
/// a byte where that holds a row, 6 MB.
///
/// Rows are counted at their width from the start: each begins at half a byte a slot, and a row
/// one of whose counts outgrows its slots is copied, twice as wide, to the end of the storage, its
/// old bytes left unused until `packed()`. Counted as 32-bit integers and narrowed at the end, a
/// national file's quarters took 34 MB while counting.
struct CellCounts: Sendable {
    /// Slots per atom.
    let width: Int
    private var bytes: [UInt8] = []
    /// Per atom: where its row starts in `bytes`, and its bits per slot.
    private var starts: [Int] = []
    private var bits: [UInt8] = []

    init(width: Int) {
        self.width = width
    }

    var atomCount: Int { starts.count }

    /// The bytes the rows take, with those widened rows left behind until packed.
    var byteCount: Int { bytes.count }

    /// Adds an atom whose every slot counts nobody.
    mutating func appendAtom() {
        let length = rowLength(bits: 4)
        makeRoom(length)
        starts.append(bytes.count)
        bits.append(4)
        bytes.append(contentsOf: repeatElement(0, count: length))
    }

    /// Counts one more at `slot` of `atom`.
    mutating func increment(atom: Int, slot: Int) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 1) { slots in
            slots[0] = slot
            increment(atom: atom, slots: UnsafeBufferPointer(slots))
        }
    }

    /// Counts one more at each of `slots` of `atom` (a slot listed twice counts twice): one row's
    /// answers at once, the row found once.
    mutating func increment(atom: Int, slots: UnsafeBufferPointer<Int>) {
        var done = 0
        while done < slots.count {
            let start = starts[atom]
            let bits = bits[atom]
            let width = width
            done = bytes.withUnsafeMutableBytes { raw in
                var index = done
                while index < slots.count {
                    let slot = slots[index]
                    precondition(slot >= 0 && slot < width)
                    switch bits {
                    case 4:
                        let offset = start &+ slot &>> 1
                        let shift = UInt8(truncatingIfNeeded: slot & 1) &<< 2
                        guard (raw[offset] &>> shift) & 0xF != 0xF else { return index }
                        raw[offset] &+= 1 &<< shift
                    case 8:
                        let count = raw[start &+ slot]
                        guard count != UInt8.max else { return index }
                        raw[start &+ slot] = count &+ 1
                    case 16:
                        let offset = start &+ 2 &* slot
                        let count = raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
                        guard count != UInt16.max else { return index }
                        raw.storeBytes(of: count &+ 1, toByteOffset: offset, as: UInt16.self)
                    default:
                        let offset = start &+ 4 &* slot
                        raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self) + 1, toByteOffset: offset, as: Int32.self)
                    }
                    index &+= 1
                }
                return index
            }
            if done < slots.count { widen(atom) }
        }
    }

    /// The count at `slot` of `atom`.
    @inline(__always)
    func count(atom: Int, slot: Int) -> Int {
        bytes.withUnsafeBytes { raw in Self.load(raw, at: starts[atom], slot: slot, bits: bits[atom]) }
    }

    /// Adds each slot's count of every atom of `atoms` to `totals` (`width` of them).
    func add(_ atoms: [Int], to totals: inout [Int]) {
        totals.withUnsafeMutableBufferPointer { totals in
            bytes.withUnsafeBytes { raw in
                for atom in atoms {
                    let start = starts[atom]
                    switch bits[atom] {
                    case 4:
                        for slot in 0..<width { totals[slot] += Int((raw[start + slot >> 1] >> ((slot & 1) << 2)) & 0xF) }
                    case 8:
                        for slot in 0..<width { totals[slot] += Int(raw[start + slot]) }
                    case 16:
                        for slot in 0..<width { totals[slot] += Int(raw.loadUnaligned(fromByteOffset: start + 2 * slot, as: UInt16.self)) }
                    default:
                        for slot in 0..<width { totals[slot] += Int(raw.loadUnaligned(fromByteOffset: start + 4 * slot, as: Int32.self)) }
                    }
                }
            }
        }
    }

    /// Appends the row of `atom` to `bytes`, each count as a 32-bit integer in memory order.
    func appendRow(_ atom: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 4 * width))
        bytes.withUnsafeMutableBytes { row in
            Self.write(width, bits: 32, into: row, at: start) { Int32(count(atom: atom, slot: $0)) }
        }
    }

    /// The row of `atom` as 32-bit counts.
    func row(_ atom: Int) -> [Int32] {
        (0..<width).map { Int32(count(atom: atom, slot: $0)) }
    }

    /// The same counts with no unused bytes and no spare capacity, the rows in atom order. Rows
    /// keep their widths, already the fewest bits that hold each one's largest count.
    func packed() -> CellCounts {
        var packed = CellCounts(width: width)
        packed.bits = bits
        packed.starts.reserveCapacity(atomCount)
        var total = 0
        for bits in bits {
            packed.starts.append(total)
            total += rowLength(bits: bits)
        }
        packed.bytes = [UInt8](unsafeUninitializedCapacity: total) { packedBytes, initialized in
            bytes.withUnsafeBytes { raw in
                for atom in 0..<atomCount {
                    let length = rowLength(bits: bits[atom])
                    UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(packedBytes)[packed.starts[atom]..<(packed.starts[atom] + length)])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[starts[atom]..<(starts[atom] + length)]))
                }
            }
            initialized = total
        }
        return packed
    }

    /// The bytes of a row at `bits` a slot.
    private func rowLength(bits: UInt8) -> Int {
        (width * Int(bits) + 7) / 8
    }

    @inline(__always)
    private static func load(_ raw: UnsafeRawBufferPointer, at start: Int, slot: Int, bits: UInt8) -> Int {
        switch bits {
        case 4: Int((raw[start + slot >> 1] >> ((slot & 1) << 2)) & 0xF)
        case 8: Int(raw[start + slot])
        case 16: Int(raw.loadUnaligned(fromByteOffset: start + 2 * slot, as: UInt16.self))
        default: Int(raw.loadUnaligned(fromByteOffset: start + 4 * slot, as: Int32.self))
        }
    }

    /// Writes a row's `width` counts, `count(slot)`, `bits` each from `start` on, into bytes that
    /// are zero.
    private static func write(_ width: Int, bits: UInt8, into raw: UnsafeMutableRawBufferPointer, at start: Int, count: (Int) -> Int32) {
        for slot in 0..<width {
            let count = count(slot)
            switch bits {
            case 4: raw[start + slot >> 1] |= UInt8(truncatingIfNeeded: count) << ((slot & 1) << 2)
            case 8: raw[start + slot] = UInt8(truncatingIfNeeded: count)
            case 16: raw.storeBytes(of: UInt16(truncatingIfNeeded: count), toByteOffset: start + 2 * slot, as: UInt16.self)
            default: raw.storeBytes(of: count, toByteOffset: start + 4 * slot, as: Int32.self)
            }
        }
    }

    /// Moves `atom`'s row to the end of the storage at twice its bits a slot.
    private mutating func widen(_ atom: Int) {
        let wide = row(atom)
        let bits = bits[atom] * 2
        let length = rowLength(bits: bits)
        makeRoom(length)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: length))
        bytes.withUnsafeMutableBytes { Self.write(width, bits: bits, into: $0, at: start) { wide[$0] } }
        starts[atom] = start
        self.bits[atom] = bits
    }

    /// Makes room for `count` more bytes, growing by a quarter rather than doubling: these are
    /// most of the counts' memory.
    private mutating func makeRoom(_ count: Int) {
        let needed = bytes.count + count
        if needed > bytes.capacity {
            bytes.reserveCapacity(max(needed * 5 / 4, needed + 256 * width))
        }
    }
}
