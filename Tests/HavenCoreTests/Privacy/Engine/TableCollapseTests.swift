import HavenSurvey
import Testing

@testable import HavenCore

@Suite("a table the audit cannot clear cell by cell is hidden whole, not the quarter")
struct TableCollapseTests {
    /// Three sites × three roles, twelve people in each pair answering 1, 2, 3, 4, 5 three, two, two,
    /// three and two times: every count of the nested table is small, while those of sites, roles
    /// and the organisation are shown. A hidden 2 lies in a column of its site (6 answers of "2",
    /// shown) beside two more hidden counts, each known to be at least 1 as zeros are shown: it
    /// can reach 4, never 5, and the column holds nothing shown to hide instead.
    func suppression(hopelessFailures: Int) throws -> SecondarySuppression {
        let module = try attackModule()
        var responses: [Response] = []
        for site in ["a", "b", "s"] {
            for role in ["rn", "md", "admin"] {
                for (answer, count) in [("1", 3), ("2", 2), ("3", 2), ("4", 3), ("5", 2)] {
                    responses += people(count, site: site, role: role, team: answer)
                }
            }
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let tables = try catalogue.tables(by: ["site", "role"], filter: [])
        var tabulation = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        // Every system audited by moves, as in a national table.
        var secondary = SecondarySuppression(tabulation: tabulation, model: model, earlier: EarlierKnowledge(), groupThreshold: 5, exactLimit: 0)
        secondary.hopelessFailures = hopelessFailures
        secondary.run()
        return secondary
    }

    @Test("most of the nested table failing at once: it is hidden whole, sites and roles stay")
    func nestedTableHidden() throws {
        let secondary = try suppression(hopelessFailures: 1)
        let tabulation = secondary.tabulation
        let failedClosed = secondary.failedClosed
        #expect(!failedClosed)
        let nested = try #require(tabulation.groups.keys.first { $0.dimensions == ["site", "role"] })
        let nestedKeys = (tabulation.groups[nested] ?? []).flatMap { tabulation.keys(of: $0) }
        #expect(!nestedKeys.isEmpty)
        #expect(nestedKeys.allSatisfy { tabulation.entries[$0]?.figure.isShown == false })
        for dimension in ["site", "role"] {
            let single = try #require(tabulation.groups.keys.first { $0.dimensions == [dimension] })
            for group in tabulation.groups[single] ?? [] {
                let size = FigureKey(period: q3, group: group, measure: .respondents)
                #expect(tabulation.entries[size]?.figure.isShown == true, "\(group) size")
            }
        }
        #expect(tabulation.entries[FigureKey(period: q3, group: .all, question: "team", measure: .count, option: "1")]?.figure.isShown == true)
    }

    @Test("a few failures are left to the loop, which hides cell by cell")
    func fewFailuresKeepTheTable() throws {
        let secondary = try suppression(hopelessFailures: SecondarySuppression.hopelessFailures)
        let tabulation = secondary.tabulation
        let nested = try #require(tabulation.groups.keys.first { $0.dimensions == ["site", "role"] })
        let nestedKeys = (tabulation.groups[nested] ?? []).flatMap { tabulation.keys(of: $0) }
        #expect(nestedKeys.contains { tabulation.entries[$0]?.figure.isShown == true })
        #expect(!nestedKeys.contains { tabulation.entries[$0]?.figure.suppression == .failClosed })
    }
}
