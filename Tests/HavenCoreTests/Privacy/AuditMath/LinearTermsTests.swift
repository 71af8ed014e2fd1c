import Testing

@testable import HavenCore

@Suite("linear terms")
struct LinearTermsTests {
    @Test("a count's terms read back as given, each with coefficient 1, and keep no coefficients")
    func countTerms() {
        let given: [LinearTerm] = [(4, 1), (0, 1), (4, 1)]
        let terms = LinearTerms(given)
        #expect(terms.sumsEachOnce)
        #expect(terms.map { $0.variable } == [4, 0, 4])
        #expect(terms.map { $0.coefficient } == [1, 1, 1])
        let summing = LinearTerms(summing: [7, 2])
        #expect(summing.sumsEachOnce)
        #expect(summing.map { $0.variable } == [7, 2])
        #expect(summing.map { $0.coefficient } == [1, 1])
    }

    @Test("only a count naming each variable once, in increasing order, is a set of cells")
    func cellSets() {
        #expect(LinearTerms(summing: [2, 5, 9]).increasingCells == [2, 5, 9])
        #expect(LinearTerms([(2, 1), (5, 1)] as [LinearTerm]).increasingCells == [2, 5])
        #expect(LinearTerms(summing: [5, 2]).increasingCells == nil)
        #expect(LinearTerms(summing: [2, 2]).increasingCells == nil)
        #expect(LinearTerms([(2, 1), (5, 3)] as [LinearTerm]).increasingCells == nil)
    }

    @Test("weighted terms read back with their own coefficients, zeros and negatives included")
    func weightedTerms() {
        let given: [LinearTerm] = [(2, 5), (1, 0), (3, -2), (0, 1)]
        let terms = LinearTerms(given)
        #expect(!terms.sumsEachOnce)
        #expect(terms.map { $0.variable } == [2, 1, 3, 0])
        #expect(terms.map { $0.coefficient } == [5, 0, -2, 1])
    }
}
