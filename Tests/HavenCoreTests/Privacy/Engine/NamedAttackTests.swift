import HavenCore
import HavenSurvey
import Testing

@Suite("the specification's example attacks")
struct NamedAttackTests {
    func release(_ module: SurveyModule, _ responses: [Response], by: [String], filter: [GroupCondition] = [], earlier: [LedgerRelease] = []) throws -> Release {
        let engine = DisclosureControl(module: module)
        let tables = try engine.catalogue.tables(by: by, filter: filter)
        return engine.release(counts(module, responses), periods: [q3], tables: tables, earlier: earlier)
    }

    @Test("T01 small group: a site of 4 shows nothing anywhere; the total shows only once the remainder is safe")
    func t01SmallGroup() throws {
        let module = try attackModule()
        let responses = people(26, site: "a") + people(20, site: "b") + people(4, site: "s")
        let release = try release(module, responses, by: ["site"])
        #expect(!release.figures(of: "site=s").isEmpty)
        #expect(release.figures(of: "site=s").allSatisfy { !$0.isShown }, "no n, %, mean or count for the small site")
        #expect(!release.isShown("site=b", nil, .respondents), "remainder 50 − 26 − 20 = 4 would reveal site s, so the next smallest site is hidden")
        #expect(release.isShown("site=a", nil, .respondents))
        #expect(release.isShown("all", nil, .respondents))
        #expect(release.figure("all", nil, .respondents)?.count == 50)
    }

    @Test("T02 row-total differencing: hiding Admin (3) alone lets 23 − 12 − 8 recover it, so MD is hidden too and Admin's interval is [1, 10]")
    func t02RowTotal() throws {
        let module = try attackModule()
        let responses = people(12, role: "rn") + people(8, role: "md") + people(3, role: "admin")
        let release = try release(module, responses, by: ["role"])
        #expect(release.isShown("all", nil, .respondents))
        #expect(release.isShown("role=rn", nil, .respondents))
        #expect(!release.isShown("role=md", nil, .respondents))
        #expect(!release.isShown("role=admin", nil, .respondents))
        let audit = try DisclosureAudit.findings(module: module, counts: counts(module, responses), release: release)
        let admin = try #require(audit.first { $0.figure.group.description == "role=admin" && $0.figure.measure == .respondents })
        #expect(admin.lower == 1 && admin.upper == 10)
        let unsafe = audit.filter { !$0.isSafe }
        #expect(unsafe.isEmpty)
    }

    @Test("T05 team vs department: B (4) is hidden, so A (6) is hidden too; with a 10/10 sensitive answer the department's figure is hidden")
    func t05TeamVersusDepartment() throws {
        let module = try attackModule(sites: ["team-a", "team-b"])
        let responses = people(6, site: "team-a", affected: "yes") + people(4, site: "team-b", affected: "yes")
        let release = try release(module, responses, by: ["site"])
        #expect(!release.isShown("site=team-b", nil, .respondents))
        #expect(!release.isShown("site=team-a", nil, .respondents))
        #expect(release.isShown("all", nil, .respondents))
        #expect(!release.isShown("all", "affected", .count, "yes"), "everyone said yes: that discloses each member's answer")
        #expect(!release.isShown("all", "affected", .percent, "yes"))
        #expect(!release.isShown("all", "affected", .count, "no"), "a zero on a sensitive item is protected too")
    }

    @Test("T10 group attribute: 100 % or 0 % of a group on a sensitive item is hidden even when the group is large enough")
    func t10GroupAttribute() throws {
        let module = try attackModule()
        let all = try release(module, people(12, affected: "yes"), by: [])
        #expect(all.isShown("all", "affected", .answered))
        #expect(!all.isShown("all", "affected", .count, "yes"))
        #expect(!all.isShown("all", "affected", .count, "no"))
        let mixed = try release(module, people(14, affected: "yes") + people(16, affected: "no"), by: [])
        #expect(mixed.isShown("all", "affected", .count, "yes"))
        #expect(mixed.isShown("all", "affected", .count, "no"))
        let nearlyAll = try release(module, people(22, affected: "yes") + people(3, affected: "no"), by: [])
        #expect(!nearlyAll.isShown("all", "affected", .count, "yes"), "all but three is a disclosure about the three")
        #expect(!nearlyAll.isShown("all", "affected", .count, "no"))
        #expect(!nearlyAll.isShown("all", "affected", .percent, "yes"))
    }

    @Test("T10 sensitive items never appear below the organisation level")
    func sensitiveOnlyForTheOrganisation() throws {
        let module = try attackModule()
        let release = try release(module, people(30, site: "a", affected: "yes") + people(30, site: "b", affected: "no"), by: ["site"])
        #expect(release.figures.keys.filter { $0.question == "affected" }.allSatisfy { $0.group == .all })
    }

    @Test("T13 percentage leak: a percentage whose count is hidden is hidden")
    func t13PercentageLeak() throws {
        let module = try attackModule()
        let responses = people(3, team: "4") + people(4, team: "2")
        let release = try release(module, responses, by: [])
        #expect(release.isShown("all", "team", .answered))
        #expect(!release.isShown("all", "team", .count, "4"))
        #expect(!release.isShown("all", "team", .percent, "4"), "43 % of 7 would give 3 back")
        for (key, figure) in release.figures where key.measure == .percent && figure.isShown {
            let count = FigureKey(period: key.period, group: key.group, question: key.question, measure: .count, option: key.option)
            #expect(release.figures[count]?.isShown == true)
        }
        #expect(!release.isShown("all", "team", .mean), "a mean over hidden counts would reveal them")
    }

    @Test("T16 determinism: the same data in any order gives the identical pattern")
    func t16Determinism() throws {
        let module = try attackModule()
        var responses = people(9, site: "a", role: "rn", team: "5") + people(3, site: "a", role: "md", team: "2") + people(7, site: "b", role: "rn", team: "4")
            + people(2, site: "s", role: "admin", team: "1") + people(6, site: "b", role: "admin", team: "3") + people(5, role: "md")
        let first = try release(module, responses, by: ["site", "role"])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3 {
            responses.shuffle(using: &generator)
            let again = try release(module, responses, by: ["site", "role"])
            #expect(again.sortedFigures.map { "\($0.0) \($0.1.count) \($0.1.suppression?.rawValue ?? "shown")" } == first.sortedFigures.map { "\($0.0) \($0.1.count) \($0.1.suppression?.rawValue ?? "shown")" })
        }
    }
}
