import HavenSurvey
import Testing

@testable import HavenCore

@Suite("the cell-level pool rule hides only what the audit would force")
struct CellPoolsTests {
    /// The tabulation of the `team` answers of people at sites, through the primary rules, with its
    /// auditor's protected quantities.
    func quarter(_ answers: [(site: String, answer: String, count: Int)], bySite: Bool) throws -> (Tabulation, [ProtectedQuantity]) {
        let module = try attackModule()
        let responses = answers.flatMap { people($0.count, site: $0.site, role: "rn", team: $0.answer) }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let tables = [BreakdownTable(dimensions: [])] + (bySite ? [BreakdownTable(dimensions: ["site"])] : [])
        var tabulation = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: ReportCatalogue(module: module))
        PrimaryRules.apply(to: &tabulation)
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        return (tabulation, QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge()).protected)
    }

    /// The picks for the `team` answers of people at sites (`site`, `answer`, how many), at the
    /// organisation level and, with `bySite`, by site as well.
    func pools(_ answers: [(site: String, answer: String, count: Int)], bySite: Bool = false) throws -> (picks: [FigureKey], tabulation: Tabulation) {
        let (tabulation, protected) = try quarter(answers, bySite: bySite)
        let needed = CellPools.requirements(protected, in: tabulation)
        let sites = tabulation.groups[BreakdownTable(dimensions: ["site"])] ?? []
        let pools = CellPools(tabulation: tabulation, groupFamilies: sites.isEmpty ? [] : [(GroupKey.all, sites)])
        return (pools.picks(in: tabulation, needed: needed).map { tabulation.keys[$0] }, tabulation)
    }

    func site(_ name: String) -> GroupKey { GroupKey([GroupCondition(dimension: "site", value: name)]) }

    func count(_ group: GroupKey = .all, _ option: String) -> FigureKey {
        FigureKey(period: q3, group: group, question: "team", measure: .count, option: option)
    }

    @Test("each hidden count requires what its own protection needs; no other figure requires anything")
    func requirements() throws {
        // Ten answered: the hidden 1 and 2 must each be able to reach 5; the shown 7 and zeros, and
        // the answered count and group size, require nothing. Nobody said "yes" to the sensitive
        // question: that zero must be able to reach its threshold of 10, capped at 9 by the group's
        // published size.
        let (tabulation, protected) = try quarter([("a", "1", 1), ("a", "2", 2), ("a", "4", 7)], bySite: false)
        let needed = CellPools.requirements(protected, in: tabulation)
        #expect(needed.count == tabulation.allPositions.count)
        let required = Dictionary(uniqueKeysWithValues: tabulation.allPositions.filter { needed[$0] != 0 }.map { (tabulation.keys[$0], needed[$0]) })
        let yes = FigureKey(period: q3, group: .all, question: "affected", measure: .count, option: "yes")
        #expect(required == [count(.all, "1"): 5, count(.all, "2"): 5, yes: 9])
    }

    @Test("a hidden 1 beside a hidden 2 can reach 2 at most: the smallest shown answer is hidden too")
    func residualTooSmall() throws {
        // Ten answered: 1 × "1" and 2 × "2" hidden, 7 × "4" shown, zeros shown. The attacker knows
        // both hidden counts are at least 1 and add up to 3, so the 1 is at most 2, never 5.
        let (picks, tabulation) = try pools([("a", "1", 1), ("a", "2", 2), ("a", "4", 7)])
        #expect(tabulation[count(.all, "1")]?.figure.isShown == false)
        #expect(tabulation[count(.all, "2")]?.figure.isShown == false)
        #expect(picks == [count(.all, "4")])
    }

    @Test("what the attacker knows each hidden count holds at least is not room")
    func floorsTakeRoom() throws {
        // Hidden 1 + 4 + 1 = 6 beside shown 7 and 8: without the floors of one the 1 could reach 6;
        // with them, 6 − 2 = 4, short of 5.
        let (picks, _) = try pools([("a", "1", 1), ("a", "2", 4), ("a", "3", 7), ("a", "4", 8), ("a", "5", 1)])
        #expect(picks == [count(.all, "3")])
    }

    @Test("hidden counts with room enough to reach the threshold need nothing more")
    func residualLargeEnough() throws {
        // Hidden 2 + 4 + 3 = 9 with floors of 1: each can reach 9 − 2 = 7 ≥ 5.
        let (picks, _) = try pools([("a", "1", 2), ("a", "2", 4), ("a", "3", 6), ("a", "4", 6), ("a", "5", 3)])
        #expect(picks.isEmpty)
    }

    @Test("one option across a breakdown: the parent's count bounds the hidden counts of its children")
    func acrossSites() throws {
        // "1" at the organisation: 11, shown. By site: a 1 and b 4 hidden, s 6 shown. The hidden two
        // add up to 5 and each is at least 1 (their sites are shown), so a's 1 is at most 4: s's 6
        // must go, though every row of site s is shown and passes.
        let (picks, tabulation) = try pools(
            [("a", "1", 1), ("a", "4", 9), ("b", "1", 4), ("b", "4", 6), ("s", "1", 6), ("s", "4", 5)], bySite: true)
        #expect(tabulation[count(site("a"), "1")]?.figure.isShown == false)
        #expect(tabulation[count(site("b"), "1")]?.figure.isShown == false)
        #expect(tabulation[count(site("s"), "1")]?.figure.isShown == true)
        #expect(picks.contains(count(site("s"), "1")))
        // Rows of a and b: one hidden count each, pinned by the row's total.
        #expect(picks.contains(count(site("a"), "4")))
        #expect(picks.contains(count(site("b"), "4")))
    }
}
