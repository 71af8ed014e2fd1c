@testable import HavenCore
import Testing

extension AuditMath {
    @Suite("each variable's constraints, in one flat list")
    struct ConstraintIncidenceTests {
        @Test("each variable lists the constraints it is in, in their order, with its coefficients; zero terms and unused variables list none")
        func incidence() {
            let constraints = [
                LinearConstraint(terms: [(0, 1), (2, 1)], value: 3),
                LinearConstraint(terms: [(2, 5), (1, 0), (3, -2)], value: 4),
                LinearConstraint(terms: [(3, 1), (0, 1), (3, 1)], value: 7),
            ]
            let incidence = ConstraintIncidence(constraints, variableCount: 5)
            func entries(_ variable: Int) -> [[Int]] { incidence[variable].map { [$0.row, $0.coefficient] } }
            #expect(entries(0) == [[0, 1], [2, 1]])
            #expect(entries(1).isEmpty, "a zero coefficient is no appearance")
            #expect(entries(2) == [[0, 1], [1, 5]])
            #expect(entries(3) == [[1, -2], [2, 1], [2, 1]], "a repeated term is listed as written")
            #expect(entries(4).isEmpty)
            #expect((0..<5).map(incidence.count) == [2, 0, 2, 3, 0])
        }

        @Test("a list longer than 16-bit row numbers reach lists every row whole")
        func longList() {
            let count = 70_000
            let constraints = (0..<count).map { LinearConstraint(terms: [($0 % 7, 1), (7, 2)], value: 1) }
            let incidence = ConstraintIncidence(constraints, variableCount: 8)
            #expect(incidence[3].map(\.row) == Array(stride(from: 3, to: count, by: 7)))
            #expect(incidence[7].map(\.row).suffix(2) == [count - 2, count - 1])
            #expect(incidence[7].allSatisfy { $0.coefficient == 2 })
        }
    }
}
