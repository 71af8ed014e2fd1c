/// Every finest cell's counts, `width` slots per atom, each atom's row in the fewest bytes per
/// slot (1, 2 or 4) that hold its largest count. A national quarter has ten thousand atoms of
/// three hundred slots, nearly all counting fewer than 256 people: held as 32-bit integers, with
/// room to grow, its four quarters' counts were 45 MB, the largest part of the counts and a
/// quarter of a report's peak memory.
///
/// Rows are counted at their width from the start: each begins at a byte a slot, and a row one of
/// whose counts outgrows its slots is copied, twice as wide, to the end of the storage, its old
/// bytes left unused until `packed()`. Counted as 32-bit integers and narrowed at the end, a
/// national file's quarters took 34 MB while counting, for 9 MB once packed.
struct CellCounts: Sendable {
    /// Slots per atom.
    let width: Int
    private var bytes: [UInt8] = []
    /// Per atom: where its row starts in `bytes`, and its bytes per slot.
    private var starts: [Int] = []
    private var sizes: [UInt8] = []

    init(width: Int) {
        self.width = width
    }

    var atomCount: Int { starts.count }

    /// The bytes the rows take, with those widened rows left behind until packed.
    var byteCount: Int { bytes.count }

    /// Adds an atom whose every slot counts nobody.
    mutating func appendAtom() {
        makeRoom(width)
        starts.append(bytes.count)
        sizes.append(1)
        bytes.append(contentsOf: repeatElement(0, count: width))
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
            let size = sizes[atom]
            let width = width
            done = bytes.withUnsafeMutableBytes { raw in
                var index = done
                while index < slots.count {
                    let slot = slots[index]
                    precondition(slot >= 0 && slot < width)
                    switch size {
                    case 1:
                        let count = raw[start &+ slot]
                        guard count != UInt8.max else { return index }
                        raw[start &+ slot] = count &+ 1
                    case 2:
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
        bytes.withUnsafeBytes { raw in Self.load(raw, at: starts[atom], slot: slot, size: sizes[atom]) }
    }

    /// Adds each slot's count of every atom of `atoms` to `totals` (`width` of them).
    func add(_ atoms: [Int], to totals: inout [Int]) {
        totals.withUnsafeMutableBufferPointer { totals in
            bytes.withUnsafeBytes { raw in
                for atom in atoms {
                    let start = starts[atom]
                    switch sizes[atom] {
                    case 1:
                        for slot in 0..<width { totals[slot] += Int(raw[start + slot]) }
                    case 2:
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
            Self.write(width, size: 4, into: row, at: start) { Int32(count(atom: atom, slot: $0)) }
        }
    }

    /// The row of `atom` as 32-bit counts.
    func row(_ atom: Int) -> [Int32] {
        (0..<width).map { Int32(count(atom: atom, slot: $0)) }
    }

    /// The same counts with no unused bytes and no spare capacity, the rows in atom order. Rows
    /// keep their widths, already the fewest bytes that hold each one's largest count.
    func packed() -> CellCounts {
        var packed = CellCounts(width: width)
        packed.sizes = sizes
        packed.starts.reserveCapacity(atomCount)
        var total = 0
        for size in sizes {
            packed.starts.append(total)
            total += Int(size) * width
        }
        packed.bytes = [UInt8](unsafeUninitializedCapacity: total) { packedBytes, initialized in
            bytes.withUnsafeBytes { raw in
                for atom in 0..<atomCount {
                    let length = Int(sizes[atom]) * width
                    UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(packedBytes)[packed.starts[atom]..<(packed.starts[atom] + length)])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[starts[atom]..<(starts[atom] + length)]))
                }
            }
            initialized = total
        }
        return packed
    }

    @inline(__always)
    private static func load(_ raw: UnsafeRawBufferPointer, at start: Int, slot: Int, size: UInt8) -> Int {
        switch size {
        case 1: Int(raw[start + slot])
        case 2: Int(raw.loadUnaligned(fromByteOffset: start + 2 * slot, as: UInt16.self))
        default: Int(raw.loadUnaligned(fromByteOffset: start + 4 * slot, as: Int32.self))
        }
    }

    /// Writes a row's `width` counts, `count(slot)`, `size` bytes each from `start` on.
    private static func write(_ width: Int, size: UInt8, into raw: UnsafeMutableRawBufferPointer, at start: Int, count: (Int) -> Int32) {
        for slot in 0..<width {
            let count = count(slot)
            switch size {
            case 1: raw[start + slot] = UInt8(truncatingIfNeeded: count)
            case 2: raw.storeBytes(of: UInt16(truncatingIfNeeded: count), toByteOffset: start + 2 * slot, as: UInt16.self)
            default: raw.storeBytes(of: count, toByteOffset: start + 4 * slot, as: Int32.self)
            }
        }
    }

    /// Moves `atom`'s row to the end of the storage at twice its bytes a slot.
    private mutating func widen(_ atom: Int) {
        let wide = row(atom)
        let size: UInt8 = sizes[atom] == 1 ? 2 : 4
        makeRoom(Int(size) * width)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: Int(size) * width))
        bytes.withUnsafeMutableBytes { Self.write(width, size: size, into: $0, at: start) { wide[$0] } }
        starts[atom] = start
        sizes[atom] = size
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
