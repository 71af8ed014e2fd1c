import HavenSurvey
import Testing

@testable import HavenCore

@Suite("complement candidates: the quick test of a figure already picked agrees with the ranking")
struct ComplementCandidatesTests {
    /// With the organisation's table its totals tie every figure to every target; by site alone,
    /// a target's relations are its own site's, and other sites' figures are not listed.
    @Test(
        "a figure surely offered is listed by the ranking, and every target's best non-singleton is surely offered",
        arguments: [1, 2, 3], [[[], ["site"], ["role"]], [["site"]]])
    func surelyOffersAgreesWithRanking(seed: Int, breakdowns: [[String]]) throws {
        let module = try attackModule()
        var generator = SeededGenerator(seed: UInt64(seed))
        let answers = ["1", "2", "3", "4", "5"]
        let responses = ["a", "b", "s"].flatMap { site in
            ["rn", "md", "admin"].flatMap { role in
                answers.flatMap { answer in
                    people(Int.random(in: 0...4, using: &generator), site: site, role: role, team: answer, affected: ["yes", "no"].randomElement(using: &generator))
                }
            }
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let tables = breakdowns.map { BreakdownTable(dimensions: $0) }
        var tabulation = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: ReportCatalogue(module: module))
        PrimaryRules.apply(to: &tabulation)
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        let auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge())
        var offered = 0
        var notListed = 0
        for (system, quantities) in Dictionary(grouping: auditor.protected, by: \.system) {
            var candidates = ComplementCandidates(system: system, tabulation: tabulation, model: model, published: auditor.published(in: system))
            for quantity in quantities {
                let target = model.variables(of: quantity.functional, in: system)
                let ranked = candidates.ranked(for: target, nearestFirst: false)
                for position in tabulation.allPositions {
                    guard candidates.surelyOffers(position, for: target) else {
                        if tabulation.isShown(at: position) && !ranked.contains(position) { notListed += 1 }
                        continue
                    }
                    #expect(ranked.contains(position), "\(tabulation.key(at: position)) for \(quantity.functional)")
                    offered += 1
                }
                if let best = ranked.first, tabulation.count(at: best) != 1 {
                    #expect(candidates.surelyOffers(best, for: target))
                }
            }
        }
        #expect(offered > 0)
        #expect(notListed > 0 || breakdowns.contains([]))
    }
}
