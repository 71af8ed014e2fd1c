import HavenSurvey
import Testing

@testable import HavenCore

@Suite("once tables are withheld whole, the audit over the groups still listed sees every published sum")
struct MergedModelAuditTests {
    /// Ten sites of nurses and doctors, and two admins at s1 who answered "1" beside ten at s2 who
    /// answered "4". Every table by site is withheld whole, so the roles' quantities are audited
    /// on a model merged over a handful of the quarter's 36 groups.
    @Test("a role's small count, the rest of its row shown, is exact: the merged model keeps the role's published row")
    func exactCountFound() throws {
        let sites = (1...10).map { "s\($0)" }
        let module = try attackModule(sites: sites)
        var responses = sites.flatMap { people(6, site: $0, role: "rn", team: "4") + people(6, site: $0, role: "md", team: "5") }
        responses += people(2, site: "s1", role: "admin", team: "1") + people(10, site: "s2", role: "admin", team: "4")
        let (tabulation, model, withheld) = try withSiteTablesWithheld(module, responses)
        #expect(model.groupCount == 36)
        var auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge())
        auditor.withheld = withheld
        let findings = auditor.findings(in: [.question("team")], insiders: false)[.question("team")] ?? []

        let admin = GroupKey([GroupCondition(dimension: "role", value: "admin")])
        let ones = try #require(findings.first { $0.quantity.position.map(tabulation.key(at:)) == FigureKey(period: q3, group: admin, question: "team", measure: .count, option: "1") })
        #expect(!ones.isSafe)
        #expect(ones.interval == AttackerInterval(lower: 2, upper: 2), "twelve answered, ten said 4, the rest shown as zeros")
    }

    /// Ten sites whose nurses and doctors answer alike across sites, and an eleventh of four
    /// admins who all answered "1": the site tables are withheld whole, and what moves prove of
    /// their quantities (by each group's least rises) leaves them without a finding. Each one left
    /// out must be safe in the exact audit of the same tabulation; s11's "1"s, which the admins'
    /// published row caps below the threshold, must not be left out.
    @Test("a withheld table's quantities are left out of the findings only where the exact audit finds them safe")
    func withheldQuantitiesLeftOutOnlyWhenSafe() throws {
        let sites = (1...10).map { "s\($0)" }
        let module = try attackModule(sites: sites + ["s11"])
        var responses = sites.flatMap { site in
            people(4, site: site, role: "rn", team: "4") + people(3, site: site, role: "rn", team: "3") + people(6, site: site, role: "md", team: "5")
        }
        responses += people(4, site: "s11", role: "admin", team: "1") + people(10, site: "s2", role: "admin", team: "4")
        let (tabulation, model, withheld) = try withSiteTablesWithheld(module, responses)
        var exact = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge())
        exact.withheld = withheld
        var byMoves = exact
        byMoves.exactLimit = 0
        // A withheld figure has no position: a quantity is told by what it sums and measures.
        func identity(_ finding: QuarterAuditor.Finding) -> String { "\(finding.quantity.functional) \(finding.quantity.measure)" }
        let audited = exact.findings(insiders: true).values.joined()
        let kept = Set(byMoves.findings(insiders: true).values.joined().map(identity))
        let leftOut = audited.filter { !kept.contains(identity($0)) }
        #expect(leftOut.count > 20)
        #expect(leftOut.allSatisfy { withheld.contains($0.quantity.group) })
        for finding in leftOut {
            #expect(finding.isSafe, "\(identity(finding)) left out, exactly \(String(describing: finding.interval))")
        }
        let s11 = GroupKey([GroupCondition(dimension: "site", value: "s11")])
        let s11Ones = try #require(tabulated(module, responses)[FigureKey(period: q3, group: s11, question: "team", measure: .count, option: "1")]?.functional)
        let ones = try #require(audited.first { $0.quantity.functional == s11Ones && $0.quantity.measure == .count })
        #expect(!ones.isSafe)
        #expect(kept.contains(identity(ones)))
    }

    /// The quarter of `responses` by site and role after the primary rules.
    private func tabulated(_ module: SurveyModule, _ responses: [Response]) throws -> Tabulation {
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        return tabulation
    }

    /// `tabulated(module, responses)` with every table naming the site withheld whole (its figures
    /// hidden, then dropped from the tabulation), and the model over all its groups.
    private func withSiteTablesWithheld(_ module: SurveyModule, _ responses: [Response]) throws -> (Tabulation, QuarterModel, WithheldGroups) {
        let quarter = try #require(counts(module, responses).quarters[q3])
        var tabulation = try tabulated(module, responses)
        var sited: Set<GroupKey> = []
        for (table, groups) in tabulation.groups where table.dimensions.contains("site") {
            sited.formUnion(groups)
            for position in groups.flatMap({ tabulation.positions(of: $0) }) where tabulation.isShown(at: position) {
                tabulation.setSuppression(.failClosed, at: position)
            }
        }
        var withheld = WithheldGroups()
        withheld.withhold(sited, from: &tabulation)
        return (tabulation, QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 }), withheld)
    }

    @Test("the unknowns of many forms at once are each form's own, runs of a group or not")
    func variablesInBulk() throws {
        let sites = (1...3).map { "s\($0)" }
        let module = try attackModule(sites: sites)
        let responses = sites.flatMap { people(3, site: $0, role: "rn", team: "2") + people(2, site: $0, role: "md", team: "5") }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        let functionals = tabulation.allPositions.flatMap { tabulation.entry(at: $0).functionals }
        #expect(Set(functionals.map(\.group)).count > 10)
        for system in [AuditSystemID.respondents, .question("team")] {
            // In the tabulation's order (a group's figures together), and shuffled.
            for order in [functionals, functionals.shuffled()] {
                let bulk = model.variables(of: order, in: system)
                #expect(bulk == order.map { model.variables(of: $0, in: system) })
                #expect(bulk.contains { $0.count > 1 })
            }
        }
    }
}
