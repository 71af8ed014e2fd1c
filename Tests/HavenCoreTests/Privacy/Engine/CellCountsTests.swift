@testable import HavenCore
import Testing

/// Finest-cell counts packed into 1, 2 or 4 bytes a slot must read back exactly, whatever
/// width each row ends up with, and go on counting exactly after packing.
@Suite("finest-cell counts packed row by row")
struct CellCountsTests {
    /// Rows whose largest counts sit on each side of every width's limit.
    private static let width = 3
    private static let flat: [Int32] = [
        0, 0, 0,
        255, 1, 0,
        256, 2, 255,
        65_535, 0, 7,
        0, 65_536, 1,
        Int32.max, 3, 4,
    ]

    @Test("every count reads back as it was counted, a row at a time and summed")
    func readsBack() {
        let counts = CellCounts(width: Self.width, packing: Self.flat)
        #expect(counts.atomCount == 6)
        for atom in 0..<6 {
            #expect(counts.row(atom) == Array(Self.flat[(atom * 3)..<(atom * 3 + 3)]))
        }
        var totals = [Int](repeating: 0, count: 3)
        counts.add([1, 2, 3, 4, 2], to: &totals)
        #expect(totals == [255 + 256 + 65_535 + 256, 1 + 2 + 65_536 + 2, 255 + 7 + 1 + 255])
    }

    @Test("a packed row counted past its width's limit is widened and stays exact")
    func widensWhenCountedAgain() {
        var counts = CellCounts(width: Self.width, packing: Self.flat)
        counts.increment(atom: 1, slot: 0)
        counts.increment(atom: 3, slot: 0)
        counts.appendAtom()
        counts.increment(atom: 6, slot: 2)
        #expect(counts.row(1) == [256, 1, 0])
        #expect(counts.row(2) == [256, 2, 255], "the rows after a widened one moved with it")
        #expect(counts.row(3) == [65_536, 0, 7])
        #expect(counts.row(5) == [Int32.max, 3, 4])
        #expect(counts.row(6) == [0, 0, 1])
        #expect(counts.packed().row(3) == [65_536, 0, 7])
    }

    @Test("counted one by one and packed, the counts equal the flat ones")
    func countedThenPacked() {
        var counts = CellCounts(width: Self.width)
        for (atom, row) in [[0, 300, 2], [1, 0, 0]].enumerated() {
            counts.appendAtom()
            for (slot, times) in row.enumerated() {
                for _ in 0..<times { counts.increment(atom: atom, slot: slot) }
            }
        }
        let packed = counts.packed()
        #expect(packed.row(0) == [0, 300, 2])
        #expect(packed.row(1) == [1, 0, 0])
        #expect((0..<3).map { packed.count(atom: 0, slot: $0) } == [0, 300, 2])
    }
}
