@testable import HavenCore
import Testing

extension AuditMath {
    /// Every way the auditor can fail to produce a proof must surface as a typed error, so the privacy
    /// engine fails closed; and the edge cases that are not errors must give the honest answer.
    @Suite("attacker model: errors and edge cases")
    struct AttackerErrorTests {
        @Test("huge published values overflow into a typed error, not a wrong interval")
        func overflow() {
            // Phase 1 adds up the right-hand sides of the rows it must satisfy: 2·Int.max overflows.
            var system = AttackerSystem(variableCount: 3)
            system.addEquality([(0, 1), (2, 1)], equals: .max)
            system.addEquality([(1, 1), (2, 1)], equals: .max)
            #expect(throws: AttackerModelError.arithmeticOverflow) { try interval(of: cell(2), in: system) }

            // Elimination overflows too: a coefficient near Int.max times a value near Int.max.
            var elimination = AttackerSystem(variableCount: 2)
            elimination.addEquality([(0, 1)], equals: .max)
            elimination.addEquality([(0, .max), (1, 1)], equals: 1)
            #expect(throws: AttackerModelError.arithmeticOverflow) { try isDetermined(cell(1), by: elimination) }
        }

        @Test("published numbers that contradict each other are reported as inconsistent")
        func inconsistent() {
            // The parts exceed the whole.
            var parts = AttackerSystem(variableCount: 2)
            parts.addEquality([(0, 1), (1, 1)], equals: 3)
            parts.addEquality([(0, 1)], equals: 5)
            #expect(throws: AttackerModelError.inconsistentSystem) { try AttackerModel(parts) }

            // The same total published twice with different values: elimination alone sees 0 = 1.
            var twice = AttackerSystem(variableCount: 2)
            twice.addEquality([(0, 1), (1, 1)], equals: 3)
            twice.addEquality([(1, 1), (0, 1)], equals: 4)
            #expect(throws: AttackerModelError.inconsistentSystem) { try isDetermined(cell(1), by: twice) }
            #expect(throws: AttackerModelError.inconsistentSystem) { try AttackerModel(twice) }

            // Only the bounds contradict: x ≥ 4 but x ≤ 3.
            var bounds = AttackerSystem(variableCount: 1)
            bounds.addEquality([(0, 1)], equals: 3)
            bounds.addLowerBound([(0, 1)], atLeast: 4)
            #expect(throws: AttackerModelError.inconsistentSystem) { try AttackerModel(bounds) }

            var capped = AttackerSystem(variableCount: 2)
            capped.addEquality([(0, 1), (1, 1)], equals: 10)
            capped.addUpperBound(on: 0, atMost: 4)
            capped.addUpperBound(on: 1, atMost: 4)
            #expect(throws: AttackerModelError.inconsistentSystem) { try AttackerModel(capped) }

            // Feasible over the reals, not over the integers: 2x = 3.
            var halves = AttackerSystem(variableCount: 2)
            halves.addEquality([(0, 2)], equals: 3)
            #expect(throws: AttackerModelError.inconsistentSystem) { try interval(of: cell(0), in: halves) }
            // A sum of two such variables, bounded by LP vertices 1.5 apart but containing no integer.
            var between = AttackerSystem(variableCount: 2)
            between.addEquality([(0, 2), (1, 2)], equals: 3)
            #expect(throws: AttackerModelError.inconsistentSystem) { try interval(of: cell(0) + cell(1), in: between) }
        }

        @Test("a term naming a variable outside the system is refused")
        func unknownVariable() throws {
            var system = AttackerSystem(variableCount: 2)
            system.addEquality([(0, 1), (1, 1)], equals: 4)
            #expect(throws: AttackerModelError.unknownVariable(2)) { try interval(of: cell(2), in: system) }
            system.addEquality([(-1, 1)], equals: 0)
            #expect(throws: AttackerModelError.unknownVariable(-1)) { try AttackerModel(system) }
        }

        @Test("nothing caps a variable: the maximum is Int.max; negative coefficients: the minimum is Int.min")
        func unbounded() throws {
            var system = AttackerSystem(variableCount: 2)
            system.addEquality([(0, 1)], equals: 4)
            #expect(try interval(of: cell(1), in: system) == AttackerInterval(lower: 0, upper: .max))
            #expect(try interval(of: [(1, -1)], in: system) == AttackerInterval(lower: .min, upper: 0))
            system.addUpperBound(on: 1, atMost: 9)
            system.addUpperBound(on: 1, atMost: 12)
            #expect(try interval(of: cell(1), in: system) == AttackerInterval(lower: 0, upper: 9))
        }

        @Test("redundant and repeated equalities are harmless; an empty system bounds nothing but x ≥ 0")
        func degenerate() throws {
            var system = AttackerSystem(variableCount: 3)
            system.addEquality([(0, 1), (1, 1), (2, 1)], equals: 6)
            system.addEquality([(0, 1), (1, 1), (2, 1)], equals: 6)
            system.addEquality([(0, 2), (1, 2), (2, 2)], equals: 12)
            system.addEquality([(0, 1), (0, 1)], equals: 4)  // a repeated variable: 2·x₀ = 4
            system.addEquality([], equals: 0)
            #expect(try interval(of: cell(0), in: system) == AttackerInterval(lower: 2, upper: 2))
            #expect(try interval(of: cell(1), in: system) == AttackerInterval(lower: 0, upper: 4))
            #expect(try interval(of: cell(1) + cell(2), in: system) == AttackerInterval(lower: 4, upper: 4))
            #expect(try interval(of: [], in: system) == AttackerInterval(lower: 0, upper: 0))
            #expect(try interval(of: cell(0), in: AttackerSystem(variableCount: 1)) == AttackerInterval(lower: 0, upper: .max))
        }
    }
}
