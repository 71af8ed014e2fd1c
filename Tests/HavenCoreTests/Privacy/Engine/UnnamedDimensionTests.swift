import HavenSurvey
import Testing

@testable import HavenCore

@Suite("a dimension no table names does not limit the audit's exchanges")
struct UnnamedDimensionTests {
    /// Site a is of kind x, sites b and s of kind y; the report breaks down by site and role only.
    /// One nurse at site a answers "1", three at b and three at s do: the nurses' "1" (7) is shown,
    /// while the site and site × role tables are hidden whole. Exchanging a's "1" with b's or s's
    /// changes nothing shown, so the attacker cannot rule out that a holds 5 or more.
    func findings() throws -> [(key: FigureKey, finding: QuarterAuditor.Finding)] {
        let module = try attackModule(kinds: ["x", "y"])
        var responses: [Response] = []
        for (site, kind, ones) in [("a", "x", 1), ("b", "y", 3), ("s", "y", 3)] {
            for role in ["rn", "md", "admin"] {
                let first = role == "rn" ? ones : 0
                responses += people(first, site: site, role: role, kind: kind, team: "1")
                responses += people(12 - first, site: site, role: role, kind: kind, team: "4")
            }
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        for (table, groups) in tabulation.groups where table.dimensions.contains("site") {
            for position in groups.flatMap(tabulation.positions(of:)) where tabulation.entries[position].figure.isShown {
                tabulation.setSuppression(.failClosed, at: position)
            }
        }
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        // Every system audited by moves, as in a national table.
        let auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge(), exactLimit: 0)
        return try auditor.findings(insiders: false).values.joined().map { finding in
            (try #require(finding.quantity.position.map(tabulation.key(at:))), finding)
        }
    }

    @Test("a small site's hidden count is exchanged with sites of another kind")
    func exchangesAcrossKinds() throws {
        let findings = try findings()
        let nursesOfA = try #require(findings.first { key, _ in
            Set(key.group.conditions.map { "\($0.dimension)=\($0.value)" }) == ["site=a", "role=rn"] && key.measure == .count && key.option == "1"
        }?.finding)
        #expect(nursesOfA.quantity.value == 1)
        #expect(nursesOfA.isCertified)
        #expect(nursesOfA.isSafe)
        #expect((nursesOfA.interval?.upper ?? 0) >= 5)
    }
}
