@testable import HavenCore
import Testing

extension AuditMath {
    /// The decomposed model substitutes what is pinned and splits the rest; it must give exactly the
    /// whole-system model's intervals, also after an insider's extra knowledge.
    @Suite("decomposed attacker model against the whole-system model")
    struct DecomposedModelTests {
        @Test("same interval for every objective of every random problem", arguments: RandomAttackerCase.Kind.allCases)
        func matchesWholeSystem(kind: RandomAttackerCase.Kind) throws {
            var split = 0
            for index in 0..<AttackerPropertyTests.casesPerKind {
                let problem = RandomAttackerCase(kind: kind, seed: UInt64(index))
                let whole = try AttackerModel(problem.system)
                let decomposed = try DecomposedAttackerModel(problem.system)
                let insider = problem.values.indices.first { problem.values[$0] >= 1 && !decomposed.isKnown($0) }
                var knowing = problem.system
                if let insider { knowing.addLowerBound([(insider, 1)], atLeast: 1) }
                let wholeKnowing = try AttackerModel(knowing)
                let decomposedKnowing = try insider.map { try decomposed.assuming($0, atLeast: 1) } ?? decomposed
                // The sum of every unknown spans all parts at once.
                let everything: [LinearTerm] = problem.values.indices.map { ($0, 1) }
                for objective in problem.objectives + [everything] {
                    let context: Comment = "\(kind) seed \(index) objective \(objective)"
                    #expect(try decomposed.interval(of: objective) == whole.interval(of: objective), context)
                    #expect(try decomposedKnowing.interval(of: objective) == wholeKnowing.interval(of: objective), "insider \(String(describing: insider)): \(context)")
                }
                let substituted = problem.values.indices.contains(where: decomposed.isKnown)
                if substituted || decomposed.parts(of: everything.map(\.variable)).count > 1 { split += 1 }
            }
            // Guards against problems that never exercise substitution or splitting.
            #expect(split > 0, "\(kind): no problem was substituted or split")
        }

        @Test("a shown cell and a shown zero are substituted before any solve")
        func substitution() throws {
            // x0 + x1 = 5 (shown total), x1 = 2 (shown cell), x2 + x3 = 0 (a shown zero), x4 + x5 = 3.
            var system = AttackerSystem(variableCount: 6)
            system.addEquality([(0, 1), (1, 1)], equals: 5)
            system.addEquality([(1, 1)], equals: 2)
            system.addEquality([(2, 1), (3, 1)], equals: 0)
            system.addEquality([(4, 1), (5, 1)], equals: 3)
            let model = try DecomposedAttackerModel(system)
            #expect((0...3).allSatisfy(model.isKnown))
            #expect(!model.isKnown(4) && !model.isKnown(5))
            #expect(try model.interval(of: [(0, 1)]) == AttackerInterval(lower: 3, upper: 3))
            #expect(try model.interval(of: [(0, 1), (4, 1)]) == AttackerInterval(lower: 3, upper: 6))
            #expect(try model.interval(of: [(4, 1)]).description == "[0, 3]")
            #expect(throws: AttackerModelError.inconsistentSystem) { try model.assuming(2, atLeast: 1) }
        }

        @Test("a sum naming a variable twice, or out of order, is merged before substitution")
        func repeatedVariables() throws {
            // x1 = 1; x1 + 2·x0 − x0 = 4 (so x0 = 3); x2 + x3 − x2 = 3 (so x3 = 3); x3 + x2 = 5 (so x2 = 2).
            // Left unmerged, the second and third would keep two terms of mixed sign and pin nothing.
            var system = AttackerSystem(variableCount: 4)
            system.addEquality([(1, 1)], equals: 1)
            system.addEquality([(1, 1), (0, 2), (0, -1)], equals: 4)
            system.addEquality([(2, 1), (3, 1), (2, -1)], equals: 3)
            system.addEquality([(3, 1), (2, 1)], equals: 5)
            let model = try DecomposedAttackerModel(system)
            let whole = try AttackerModel(system)
            #expect((0...3).allSatisfy(model.isKnown))
            for (variable, value) in [(0, 3), (1, 1), (2, 2), (3, 3)] {
                #expect(try model.interval(of: [(variable, 1)]) == AttackerInterval(lower: value, upper: value))
                #expect(try whole.interval(of: [(variable, 1)]) == AttackerInterval(lower: value, upper: value))
            }
        }

        @Test("contradicting published numbers fail closed")
        func inconsistent() {
            var system = AttackerSystem(variableCount: 2)
            system.addEquality([(0, 1), (1, 1)], equals: 1)
            system.addEquality([(0, 1)], equals: 2)
            #expect(throws: AttackerModelError.inconsistentSystem) { try DecomposedAttackerModel(system) }
        }
    }
}
