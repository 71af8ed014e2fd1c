import Testing

@testable import HavenCore

@Suite("response id set")
struct ResponseIDSetTests {
    /// Inserts `id`, handing the set its bytes as the marker does.
    private func insert(_ id: String, into set: inout ResponseIDSet) -> Bool {
        var bytes = Array(id.utf8)
        return bytes.withUnsafeMutableBytes { set.insert(UnsafeRawBufferPointer($0)) }
    }

    private func ids(_ range: Range<Int>) -> [String] {
        range.map { "r-\($0)-\(($0 &* 2_654_435_761) % 1_000_003)" }
    }

    @Test("every id is new once and seen after, before the table is sized")
    func unsizedTable() {
        var set = ResponseIDSet()
        let listed = ids(0..<5_000)
        #expect(listed.filter { !insert($0, into: &set) }.prefix(3) == [])
        #expect(listed.filter { insert($0, into: &set) }.prefix(3) == [])
    }

    @Test("ids seen before the table was sized, and past the rows it expected, are still seen")
    func sizedTableOverflowing() {
        var set = ResponseIDSet()
        let early = ids(0..<50)
        let late = ids(50..<20_000)
        #expect(early.filter { !insert($0, into: &set) }.prefix(3) == [])
        set.reserve(1_000)
        #expect(late.filter { !insert($0, into: &set) }.prefix(3) == [])
        #expect((early + late).filter { insert($0, into: &set) }.prefix(3) == [])
    }

    /// 32 bits of each hash are stored; were they also the bits that pick its slot, distinct ids
    /// sharing them would meet on one run, about ten times in 300,000.
    @Test("300,000 distinct ids in a table sized for them are all new")
    func noFalseRepeats() {
        var set = ResponseIDSet()
        let listed = ids(0..<300_000)
        set.reserve(listed.count)
        #expect(listed.filter { !insert($0, into: &set) }.prefix(3) == [])
    }
}
