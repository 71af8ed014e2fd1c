@testable import HavenCore
import Testing

extension AuditMath {
    /// Cross-checks the LP auditor against the brute-force oracle on seeded random problems. A failing
    /// case names its kind and seed; rebuild it with `RandomAttackerCase(kind:seed:)`.
    @Suite("attacker model against exhaustive enumeration")
    struct AttackerPropertyTests {
        static let casesPerKind = 100

        @Test("LP interval = integer interval when totally unimodular, ⊇ otherwise", arguments: RandomAttackerCase.Kind.allCases)
        func matchesOracle(kind: RandomAttackerCase.Kind) throws {
            var undetermined = 0
            for index in 0..<Self.casesPerKind {
                let seed = UInt64(index)
                let problem = RandomAttackerCase(kind: kind, seed: seed)
                let model = try AttackerModel(problem.system)
                let truths = try #require(BruteForceAttacker(problem.system).intervals(of: problem.objectives), "\(kind) seed \(seed): the true table must be a solution")
                for (objective, truth) in zip(problem.objectives, truths) {
                    let lp = try model.interval(of: objective)
                    let trueValue = objective.reduce(0) { $0 + problem.values[$1.variable] * $1.coefficient }
                    let context: Comment = "\(kind) seed \(seed) objective \(objective): LP \(lp), integers \(truth)"
                    #expect(truth.lower <= trueValue && trueValue <= truth.upper, context)
                    if problem.isTotallyUnimodular {
                        #expect(lp == truth, context)
                    } else {
                        #expect(lp.lower <= truth.lower && lp.upper >= truth.upper, context)
                    }
                    if try isDetermined(objective, by: problem.system) {
                        #expect(truth.isExact, context)
                    }
                    if !truth.isExact { undetermined += 1 }
                }
            }
            // Guards against a generator that only ever produces fully determined (trivial) problems.
            #expect(undetermined >= Self.casesPerKind / 2, "\(kind): only \(undetermined) objectives had any freedom")
        }
    }
}
