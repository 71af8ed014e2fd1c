@testable import HavenCore
import Testing

/// Finest-cell counts kept in half a byte, 1, 2 or 4 bytes a slot must read back exactly, whatever
/// width each row has grown to and however its answers were counted, and keep doing so once packed.
@Suite("finest-cell counts row by row, each row as wide as its largest count")
struct CellCountsTests {
    /// Rows whose largest counts sit on each side of every width's limit.
    private static let rows: [[Int]] = [
        [0, 0, 0],
        [15, 0, 1],
        [16, 3, 0],
        [255, 1, 0],
        [256, 2, 255],
        [65_535, 0, 7],
        [0, 65_536, 1],
        [3, 70_000, 4],
    ]

    /// `rows` counted one answer at a time, the rows' answers interleaved so that rows widen
    /// while later ones are being counted.
    private static func counted(_ rows: [[Int]]) -> CellCounts {
        var counts = CellCounts(width: 3)
        for _ in rows { counts.appendAtom() }
        var remaining = rows
        while remaining.contains(where: { $0.contains { $0 > 0 } }) {
            for atom in remaining.indices {
                for slot in 0..<3 where remaining[atom][slot] > 0 {
                    let step = min(remaining[atom][slot], 97)
                    let slots = [Int](repeating: slot, count: step)
                    slots.withUnsafeBufferPointer { counts.increment(atom: atom, slots: $0) }
                    remaining[atom][slot] -= step
                }
            }
        }
        return counts
    }

    @Test("every count reads back as it was counted, a row at a time and summed, before and after packing")
    func readsBack() {
        let counts = Self.counted(Self.rows)
        for version in [counts, counts.packed()] {
            #expect(version.atomCount == Self.rows.count)
            for atom in Self.rows.indices {
                #expect(version.row(atom) == Self.rows[atom].map(Int32.init))
                #expect((0..<3).map { version.count(atom: atom, slot: $0) } == Self.rows[atom])
            }
            var totals = [Int](repeating: 0, count: 3)
            version.add([1, 2, 3, 4, 5, 6, 2], to: &totals)
            #expect(totals == [15 + 16 + 255 + 256 + 65_535 + 16, 3 + 1 + 2 + 65_536 + 3, 1 + 255 + 7 + 1])
        }
    }

    @Test("one row's answers, counted at once, widen the row where a count outgrows its slot")
    func widensWithinARow() {
        var counts = CellCounts(width: 3)
        counts.appendAtom()
        counts.appendAtom()
        // 300 counts of slot 1 in one call: the row grows from half a byte to 1, then 2 bytes a slot.
        let slots = [0] + [Int](repeating: 1, count: 300) + [2, 2]
        slots.withUnsafeBufferPointer { counts.increment(atom: 0, slots: $0) }
        counts.increment(atom: 1, slot: 2)
        #expect(counts.row(0) == [1, 300, 2])
        #expect(counts.row(1) == [0, 0, 1], "the row after a widened one is unchanged")
        #expect(counts.packed().row(0) == [1, 300, 2])
    }

    @Test("packing keeps each row at the fewest bits a slot that hold its largest count")
    func packsToTheFewestBits() {
        let counts = Self.counted(Self.rows)
        // Rows of half a byte (rounded up to whole bytes), 1, 2 and 4 bytes a slot, 3 slots each;
        // before packing, the widened rows' old bytes are still there.
        #expect(counts.packed().byteCount == 2 + 2 + 3 + 3 + 6 + 6 + 12 + 12)
        #expect(counts.byteCount > counts.packed().byteCount)
    }
}
