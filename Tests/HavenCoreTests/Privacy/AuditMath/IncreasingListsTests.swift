import Testing

@testable import HavenCore

@Suite("set tests on increasing lists")
struct IncreasingListsTests {
    @Test("a list is a subset when each of its elements is in the other, wherever they fall")
    func subsets() {
        let total = Array(stride(from: 0, to: 1_000, by: 3))
        #expect([0, 3, 999].isIncreasingSubset(of: total))
        #expect(![0, 4].isIncreasingSubset(of: total))
        #expect(![1_002].isIncreasingSubset(of: total))
        #expect([Int]().isIncreasingSubset(of: [1]))
        #expect(![1].isIncreasingSubset(of: []))
        #expect(FlowCertifier.nested([2, 5, 9] as [Int32], [5, 9]))
        #expect(!FlowCertifier.nested([2, 5] as [Int32], [5, 9]))
    }

    @Test("an increasing list holds an element wherever it falls, and nothing between its elements")
    func membership() {
        let total = Array(stride(from: 0, to: 1_000, by: 3))
        #expect(total.allSatisfy(total.increasingContains))
        #expect(![1, 500, 998, 1_002, -1].contains(where: total.increasingContains))
        #expect(![Int]().increasingContains(0))
        #expect([2, 2, 5].increasingContains(2))
    }

    @Test("two lists are disjoint when they share no element, whichever is longer")
    func disjoint() {
        let total = Array(stride(from: 0, to: 1_000, by: 3))
        #expect([1, 4, 998].isIncreasingDisjoint(with: total))
        #expect(total.isIncreasingDisjoint(with: [1, 4, 998]))
        #expect(![1, 4, 999].isIncreasingDisjoint(with: total))
        #expect(!total.isIncreasingDisjoint(with: [0]))
        #expect([Int]().isIncreasingDisjoint(with: total))
    }
}
