import HavenSurvey
import Testing

@testable import HavenCore

@Suite("the attacker's system leaves out a group's sums of categories it shows one by one, and proves the same intervals")
struct ImpliedSumsTests {
    private let nurses = GroupKey([GroupCondition(dimension: "role", value: "rn")])
    private let doctors = GroupKey([GroupCondition(dimension: "role", value: "md")])
    private let team = AuditSystemID.question("team")

    @Test("a sum is left out only where each of its categories is a functional of the same group and system")
    func leftOutOnlyWhereEachCategoryIsShownAlone() {
        let answered = Functional(system: team, group: nurses, categories: [0, 1, 2])
        let doctorsAnswered = Functional(system: team, group: doctors, categories: [0, 1, 2])
        let otherSystem = Functional(system: .question("affected"), group: nurses, categories: [0, 1])
        let size = Functional(system: .respondents, group: nurses, categories: [0])
        let functionals = [
            size, answered, otherSystem, doctorsAnswered,
            Functional(system: team, group: nurses, categories: [0]), Functional(system: team, group: nurses, categories: [1]),
            Functional(system: team, group: nurses, categories: [2]), Functional(system: team, group: doctors, categories: [0]),
            Functional(system: team, group: doctors, categories: [1]), Functional(system: .question("affected"), group: nurses, categories: [0]),
            Functional(system: .question("affected"), group: nurses, categories: [1]),
        ]
        let kept = QuarterAuditor.unimplied(functionals, in: team)
        #expect(!kept.contains(answered), "the nurses show each of the three categories")
        #expect(kept.contains(doctorsAnswered), "the doctors' third category is not shown alone")
        #expect(kept.contains(otherSystem), "another system's sum stays: it is left out only when that system is audited")
        #expect(kept.contains(size))
        #expect(kept.count == functionals.count - 1)
    }

    /// Random quarters of three sites and three roles, audited exactly: every protected
    /// quantity's interval is the same from every published sum as from the sums kept.
    @Test("the exact intervals of every protected quantity are those of the full system", arguments: 0..<12)
    func sameIntervals(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let module = try attackModule()
        // Six of each answer somewhere, so that at least the organisation shows every option.
        let everyAnswer = ["1", "2", "3", "4", "5"].flatMap { answer in
            people(6, site: ["a", "b", "s"].randomElement(using: &random)!, role: ["rn", "md", "admin"].randomElement(using: &random)!, team: answer)
        }
        let responses = everyAnswer + ["a", "b", "s"].flatMap { site in
            ["rn", "md", "admin"].flatMap { role in
                (0..<Int.random(in: 0...4, using: &random)).flatMap { _ in
                    people(Int.random(in: 1...3, using: &random), site: site, role: role, team: ["1", "2", "3", "4", "5", nil].randomElement(using: &random)!)
                }
            }
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        let auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge())
        let published = auditor.published(in: team)
        let kept = QuarterAuditor.unimplied(published, in: team)
        #expect(kept.count < published.count, "every quarter shows some group's categories one by one")

        let values = model.values(of: team)
        func exact(_ functionals: [Functional]) throws -> DecomposedAttackerModel {
            var attacker = AttackerSystem(variableCount: values.count)
            for variables in model.variables(of: functionals, in: team) {
                attacker.addEquality(summing: variables.map(Int32.init), equals: variables.reduce(0) { $0 + values[$1] })
            }
            return try DecomposedAttackerModel(attacker)
        }
        let full = try exact(published)
        let reduced = try exact(Array(kept))
        let quantities = auditor.protected.filter { $0.system == team }
        #expect(!quantities.isEmpty)
        for variables in model.variables(of: quantities.map(\.functional), in: team) {
            let objective = variables.map { ($0, 1) }
            #expect(try reduced.interval(of: objective) == full.interval(of: objective))
        }
    }
}
