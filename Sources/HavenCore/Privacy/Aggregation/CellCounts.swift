/// Every finest cell's counts, `width` slots per atom, each atom's row in the fewest bytes per
/// slot (1, 2 or 4) that hold its largest count once packed. A national quarter has ten thousand
/// atoms of three hundred slots, nearly all counting fewer than 256 people: held as 32-bit
/// integers, with room to grow, its four quarters' counts were 45 MB, the largest part of the
/// counts and a quarter of a report's peak memory.
///
/// Rows are added 4 bytes a slot, as counting needs them; `packed()` narrows them once counting
/// is over. A packed row counted again is widened first, so counts stay exact whatever the order.
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

    /// The rows of `flat`, `width` 32-bit counts per atom one after another, packed.
    init(width: Int, packing flat: [Int32]) {
        self.init(width: width, atoms: width == 0 ? 0 : flat.count / width) { flat[$0 * width + $1] }
    }

    /// `atoms` rows of `count(atom, slot)`, each in the fewest bytes a slot that hold its largest.
    private init(width: Int, atoms: Int, count: (Int, Int) -> Int32) {
        self.width = width
        sizes = (0..<atoms).map { atom in Self.size(holding: (0..<width).reduce(0) { Swift.max($0, count(atom, $1)) }) }
        starts.reserveCapacity(atoms)
        var total = 0
        for size in sizes {
            starts.append(total)
            total += Int(size) * width
        }
        bytes = [UInt8](repeating: 0, count: total)
        bytes.withUnsafeMutableBytes { raw in
            for atom in 0..<atoms {
                Self.write(width, size: sizes[atom], into: raw, at: starts[atom]) { count(atom, $0) }
            }
        }
    }

    var atomCount: Int { starts.count }

    /// Adds an atom whose every slot counts nobody.
    mutating func appendAtom() {
        starts.append(bytes.count)
        sizes.append(4)
        bytes.append(contentsOf: repeatElement(0, count: 4 * width))
    }

    /// Counts one more at `slot` of `atom`.
    mutating func increment(atom: Int, slot: Int) {
        if sizes[atom] != 4 { widen(atom) }
        let offset = starts[atom] + 4 * slot
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self) + 1, toByteOffset: offset, as: Int32.self)
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

    /// The same counts, each row in the fewest bytes per slot that hold its largest count.
    func packed() -> CellCounts {
        CellCounts(width: width, atoms: atomCount) { Int32(count(atom: $0, slot: $1)) }
    }

    @inline(__always)
    private static func load(_ raw: UnsafeRawBufferPointer, at start: Int, slot: Int, size: UInt8) -> Int {
        switch size {
        case 1: Int(raw[start + slot])
        case 2: Int(raw.loadUnaligned(fromByteOffset: start + 2 * slot, as: UInt16.self))
        default: Int(raw.loadUnaligned(fromByteOffset: start + 4 * slot, as: Int32.self))
        }
    }

    private static func size(holding largest: Int32) -> UInt8 {
        largest <= Int32(UInt8.max) ? 1 : largest <= Int32(UInt16.max) ? 2 : 4
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

    /// Gives `atom`'s row 4 bytes a slot, moving the rows after it.
    private mutating func widen(_ atom: Int) {
        let wide = row(atom)
        let old = starts[atom]..<(starts[atom] + Int(sizes[atom]) * width)
        var replacement = [UInt8](repeating: 0, count: 4 * width)
        replacement.withUnsafeMutableBytes { Self.write(width, size: 4, into: $0, at: 0) { wide[$0] } }
        bytes.replaceSubrange(old, with: replacement)
        let moved = replacement.count - old.count
        for later in (atom + 1)..<atomCount { starts[later] += moved }
        sizes[atom] = 4
    }
}
