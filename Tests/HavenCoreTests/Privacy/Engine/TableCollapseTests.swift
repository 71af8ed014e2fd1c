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
    func responses() -> [Response] {
        var responses: [Response] = []
        for site in ["a", "b", "s"] {
            for role in ["rn", "md", "admin"] {
                for (answer, count) in [("1", 3), ("2", 2), ("3", 2), ("4", 3), ("5", 2)] {
                    responses += people(count, site: site, role: role, team: answer)
                }
            }
        }
        return responses
    }

    /// Thirty people in each pair, six of each answer and half of them affected, but two in one
    /// pair: the nested table is mostly shown, with some figures hidden.
    func largePairs() -> [Response] {
        var responses: [Response] = []
        for site in ["a", "b", "s"] {
            for role in ["rn", "md", "admin"] {
                guard site != "s" || role != "admin" else {
                    responses += people(2, site: site, role: role, team: "3")
                    continue
                }
                for answer in ["1", "2", "3", "4", "5"] {
                    responses += people(3, site: site, role: role, team: answer, affected: "yes")
                    responses += people(3, site: site, role: role, team: answer, affected: "no")
                }
            }
        }
        return responses
    }

    func tabulation() throws -> (Tabulation, QuarterCounts) {
        try tabulation(of: responses())
    }

    func tabulation(of responses: [Response]) throws -> (Tabulation, QuarterCounts) {
        let module = try attackModule()
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let tables = try catalogue.tables(by: ["site", "role"], filter: [])
        var tabulation = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        return (tabulation, quarter)
    }

    func suppression(hopelessFailures: Int) throws -> SecondarySuppression {
        let (tabulation, quarter) = try tabulation()
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        // Every system audited by moves, as in a national table.
        var secondary = SecondarySuppression(tabulation: tabulation, model: model, earlier: EarlierKnowledge(), groupThreshold: 5, exactLimit: 0)
        secondary.collapse.hopelessFailures = hopelessFailures
        secondary.collapse.withholdsMostlyHidden = false
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
        #expect(secondary.tablesHiddenWhole == [nested])
        #expect(tabulation.groups[nested]?.isEmpty == false)
        #expect((tabulation.groups[nested] ?? []).allSatisfy { tabulation.positions(of: $0).isEmpty }, "a table hidden whole leaves the tabulation")
        for dimension in ["site", "role"] {
            let single = try #require(tabulation.groups.keys.first { $0.dimensions == [dimension] })
            for group in tabulation.groups[single] ?? [] {
                let size = FigureKey(period: q3, group: group, measure: .respondents)
                #expect(tabulation[size]?.figure.isShown == true, "\(group) size")
            }
        }
        #expect(tabulation[FigureKey(period: q3, group: .all, question: "team", measure: .count, option: "1")]?.figure.isShown == true)
    }

    @Test("a few failures are left to the loop, which hides cell by cell")
    func fewFailuresKeepTheTable() throws {
        let secondary = try suppression(hopelessFailures: TableCollapse.hopelessFailures)
        let tabulation = secondary.tabulation
        let nested = try #require(tabulation.groups.keys.first { $0.dimensions == ["site", "role"] })
        let nestedFigures = (tabulation.groups[nested] ?? []).flatMap { tabulation.positions(of: $0) }.map { tabulation.entries[$0].figure }
        #expect(nestedFigures.contains { $0.isShown })
        #expect(!nestedFigures.contains { $0.suppression == .failClosed })
    }

    /// `count` failing findings of `question` in the site table, proven by moves unless `exact`.
    func failures(_ count: Int, exact: Int = 0, of question: String = "team") throws -> [QuarterAuditor.Finding] {
        let site = try #require(try tabulation().0.groups.first { $0.key.dimensions == ["site"] }?.value.first)
        return (0..<(count + exact)).map { index in
            let functional = Functional(system: .question(question), group: site, categories: [index])
            let quantity = ProtectedQuantity(functional: functional, measure: .count, value: 1, threshold: 5)
            return QuarterAuditor.Finding(quantity: quantity, interval: nil, isSafe: false, isCertified: index < count)
        }
    }

    @Test("the loop is stuck after five rounds in a row each cutting failures by less than a tenth, all proven by moves")
    func stuckRule() throws {
        var collapse = TableCollapse(tabulation: try tabulation().0)
        for _ in 0..<5 {
            collapse.recordRound(try failures(3))
            #expect(!collapse.isStuck)
        }
        collapse.recordRound(try failures(4))
        #expect(collapse.isStuck)
        collapse.forgetRounds()
        #expect(!collapse.isStuck)

        for count in [3, 3, 3, 2, 3, 3, 3, 3] {
            collapse.recordRound(try failures(count))
        }
        #expect(!collapse.isStuck, "a round with fewer failures four rounds back restarts the count")
        collapse.recordRound(try failures(3))
        #expect(collapse.isStuck)

        collapse.forgetRounds()
        for round in 0..<6 {
            collapse.recordRound(round == 3 ? try failures(2, exact: 1) : try failures(3))
        }
        #expect(!collapse.isStuck, "a failure of the exact audit is not the certifier stalling")

        collapse.forgetRounds()
        for count in [100, 99, 98, 97, 96] {
            collapse.recordRound(try failures(count))
            #expect(!collapse.isStuck)
        }
        collapse.recordRound(try failures(95))
        #expect(collapse.isStuck, "one fewer a round is a crawl, not progress")

        collapse.forgetRounds()
        for count in [100, 90, 81, 72, 64, 57, 51] {
            collapse.recordRound(try failures(count))
            #expect(!collapse.isStuck, "a tenth fewer a round is progress")
        }
    }

    @Test("when stuck, every failing question climbs at once, each from its first failure")
    func everyFailingSystemClimbs() throws {
        let tabulation = try tabulation().0
        var collapse = TableCollapse(tabulation: tabulation)
        let siteTable = try #require(tabulation.groups.keys.first { $0.dimensions == ["site"] })
        let failing = try failures(3) + failures(2, of: "affected") + failures(1)
        let parts = collapse.nextParts(for: failing)
        #expect(parts.map(\.system) == [.question("team"), .question("affected")])
        #expect(parts.map(\.part) == [TableCollapse.Part(table: siteTable, system: .question("team")), TableCollapse.Part(table: siteTable, system: .question("affected"))])
        parts.compactMap(\.part).forEach { collapse.record($0) }
        #expect(collapse.nextParts(for: failing).allSatisfy { $0.part == nil }, "sites add up to nothing but the organisation")
    }

    @Test("a table is hopeless when most of it fails, or when a round hardly cuts its failures")
    func hopelessRule() throws {
        let tabulation = try tabulation().0
        let siteTable = try #require(tabulation.groups.keys.first { $0.dimensions == ["site"] })
        var collapse = TableCollapse(tabulation: tabulation)
        collapse.hopelessFailures = 5
        let audited = try failures(30)
        let twelve = try failures(12)
        collapse.recordRound(twelve)
        #expect(collapse.hopelessTables(twelve, among: audited).isEmpty, "12 of 30 fail")
        #expect(collapse.hopelessTables(try failures(15), among: audited).isEmpty, "half fail")
        #expect(collapse.hopelessTables(try failures(16), among: audited) == [siteTable], "16 of 30 fail")
        let sample = try failures(1)
        #expect(collapse.hopelessTables(sample, among: sample, scale: 20) == [siteTable], "a probe's one in twenty")
        #expect(collapse.hopelessTables(sample, among: sample).isEmpty, "one failure")

        let eleven = try failures(11)
        collapse.recordRound(eleven)
        #expect(collapse.hopelessTables(eleven, among: audited) == [siteTable], "12 then 11: stalled")
        collapse.forgetRounds()
        collapse.recordRound(try failures(10))
        let nine = try failures(9)
        collapse.recordRound(nine)
        #expect(collapse.hopelessTables(nine, among: audited).isEmpty, "10 then 9: a tenth fewer is progress")

        collapse.record(TableCollapse.Part(table: siteTable))
        #expect(collapse.hopelessTables(try failures(20), among: audited).isEmpty, "already hidden")
    }

    @Test("a probe's sample settles a table once its failing share is three standard errors from one half, either way")
    func probeSettles() throws {
        let tabulation = try tabulation().0
        let siteTable = try #require(tabulation.groups.keys.first { $0.dimensions == ["site"] })
        var collapse = TableCollapse(tabulation: tabulation)
        let audited = try failures(100)
        // Three standard errors of a fair coin in 100 draws are 15 draws from 50.
        #expect(collapse.isSettled(try failures(66), among: audited), "66 of 100 fail: most of the table")
        #expect(!collapse.isSettled(try failures(64), among: audited), "64 of 100 could be chance")
        #expect(!collapse.isSettled(try failures(50), among: audited))
        #expect(!collapse.isSettled(try failures(36), among: audited), "36 of 100 could be chance")
        #expect(collapse.isSettled(try failures(34), among: audited), "34 of 100 fail: most of the table passes")
        #expect(!collapse.isSettled(try failures(64, exact: 30), among: audited), "failures of the exact audit do not count")
        #expect(collapse.isSettled([], among: []), "nothing sampled: nothing to weigh")
        collapse.record(TableCollapse.Part(table: siteTable))
        #expect(collapse.isSettled(try failures(50), among: audited), "a table hidden whole is decided")
    }

    @Test("a quantity the loop cannot clear hides its question in its table, then in the tables adding it up")
    func nextPartClimbs() throws {
        let tabulation = try tabulation().0
        func table(_ dimensions: [String]) throws -> BreakdownTable {
            try #require(tabulation.groups.keys.first { $0.dimensions == dimensions })
        }
        func quantity(in table: BreakdownTable) throws -> ProtectedQuantity {
            let group = try #require(tabulation.groups[table]?.first)
            return ProtectedQuantity(functional: Functional(system: .question("team"), group: group, categories: [0]), measure: .count, value: 1, threshold: 5)
        }
        var collapse = TableCollapse(tabulation: tabulation)
        let nested = try quantity(in: try table(["site", "role"]))
        var climbed: [[String]] = []
        while let part = collapse.nextPart(for: nested) {
            #expect(part.system == .question("team"))
            climbed.append(part.table.dimensions)
            collapse.record(part)
        }
        #expect(climbed == [["site", "role"], ["role"], ["site"]])

        var fresh = TableCollapse(tabulation: tabulation)
        let site = try quantity(in: try table(["site"]))
        let part = try #require(fresh.nextPart(for: site))
        #expect(part.table.dimensions == ["site"])
        fresh.record(part)
        #expect(fresh.nextPart(for: site) == nil, "the role table does not add up sites")
        #expect(fresh.nextPart(for: try quantity(in: try table([]))) == nil, "the organisation's table is the whole system")
    }

    @Test("a probe audits the quantities of tables that can still be hidden whole, and no others")
    func probeSkipsTablesHiddenWhole() throws {
        let (tabulation, quarter) = try tabulation()
        let nested = try #require(tabulation.groups.keys.first { $0.dimensions == ["site", "role"] })
        let nestedGroups = Set(tabulation.groups[nested] ?? [])
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        let auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge(), exactLimit: 0)
        func probe(_ collapse: TableCollapse?) -> [ProtectedQuantity] {
            let findings = auditor.findings(insiders: false, sampledEvery: 2) { collapse?.canCollapse(tableOf: $0.group) ?? true }
            return findings.keys.sorted().flatMap { findings[$0] ?? [] }.map(\.quantity)
        }
        var collapse = TableCollapse(tabulation: tabulation)
        let everySecond = probe(nil)
        let open = probe(collapse)
        #expect(open.count > 1)
        #expect(open == everySecond.filter { nestedGroups.contains($0.group) }, "the same sample, less what lies outside the tables to decide")
        #expect(everySecond.count > open.count, "the organisation's own small counts are not probed")

        collapse.record(TableCollapse.Part(table: nested))
        #expect(probe(collapse).isEmpty, "the nested table is hidden whole already")
        #expect(!collapse.canCollapse(tableOf: GroupKey([])), "the organisation's table is never hidden whole")
    }

    @Test("a table the primary rules leave mostly hidden is withheld before any audit; one mostly shown is not")
    func mostlyHiddenRule() throws {
        let small = try tabulation().0
        let nested = try #require(small.groups.keys.first { $0.dimensions == ["site", "role"] })
        #expect(TableCollapse(tabulation: small).mostlyHidden(in: small) == [nested])

        let large = try tabulation(of: largePairs()).0
        let figures = (large.groups[nested] ?? []).flatMap { large.positions(of: $0) }.map { large.entries[$0].figure }
        #expect(figures.contains { !$0.isShown } && figures.filter(\.isShown).count * 2 > figures.count)
        #expect(TableCollapse(tabulation: large).mostlyHidden(in: large).isEmpty)

        var collapse = TableCollapse(tabulation: small)
        collapse.record(TableCollapse.Part(table: nested))
        #expect(collapse.mostlyHidden(in: small).isEmpty, "already hidden")
    }

    @Test("groups too small to show do not count: two large sites among six of two people keep the site table")
    func tinyGroupsDoNotCount() throws {
        let sites = ["big1", "big2"] + (1...6).map { "tiny\($0)" }
        let module = try attackModule(sites: sites)
        var responses = sites.dropFirst(2).flatMap { people(2, site: $0) }
        for site in sites.prefix(2) {
            responses += ["1", "2", "3", "4", "5"].flatMap { people(12, site: site, team: $0) }
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let table = BreakdownTable(dimensions: ["site"])
        var tabulation = Tabulation(period: q3, counts: quarter, tables: [BreakdownTable(dimensions: []), table], catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        let figures = (tabulation.groups[table] ?? []).flatMap { tabulation.positions(of: $0) }.map { tabulation.entries[$0].figure }
        #expect(figures.filter(\.isShown).count * 2 < figures.count, "counted figure by figure, the table is mostly hidden")
        #expect(TableCollapse(tabulation: tabulation).mostlyHidden(in: tabulation).isEmpty)
    }

    @Test("zeros do not count: sites of seven people, every answer given hidden and only zeros shown, are a mostly hidden table")
    func zerosDoNotCount() throws {
        let sites = (1...6).map { "site\($0)" }
        let module = try attackModule(sites: sites)
        let responses = sites.flatMap { site in [("1", 2), ("2", 3), ("4", 2)].flatMap { people($0.1, site: site, team: $0.0) } }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let table = BreakdownTable(dimensions: ["site"])
        var tabulation = Tabulation(
            period: q3, counts: quarter, tables: [BreakdownTable(dimensions: []), table], catalogue: ReportCatalogue(module: module))
        PrimaryRules.apply(to: &tabulation)
        let counts = (tabulation.groups[table] ?? []).flatMap { tabulation.positions(of: $0) }.filter { tabulation.measure(at: $0) == .count }
        #expect(counts.filter { tabulation.count(at: $0) > 0 }.allSatisfy { !tabulation.isShown(at: $0) })
        #expect(counts.filter { tabulation.isShown(at: $0) }.count * 2 >= counts.count, "zeros included, half the counts are shown")
        #expect(TableCollapse(tabulation: tabulation).mostlyHidden(in: tabulation) == [table])
    }

    @Test("with the defaults, a nested table of small pairs is withheld whole and the sites and roles keep every figure")
    func mostlyHiddenInRelease() throws {
        let module = try attackModule()
        let engine = DisclosureControl(module: module)
        let tables = try engine.catalogue.tables(by: ["site", "role"], filter: [])
        let release = engine.release(counts(module, responses()), periods: [q3], tables: tables)
        let nested = try #require(tables.first { $0.dimensions == ["site", "role"] })
        #expect(release.withheldTables[q3] == [nested])
        #expect(release.withheld.isEmpty)
        let margins = release.figures.filter { $0.key.group.conditions.count < 2 }
        #expect(!margins.isEmpty)
        let secondary = margins.filter { [.complementary, .failClosed].contains($0.value.suppression) }
        #expect(secondary.isEmpty, "nothing hidden but what is small itself: \(secondary.keys.map(\.description).sorted())")
    }

    @Test("a table hidden whole is released without groups, and the page says why")
    func withheldTableInRelease() throws {
        let module = try attackModule()
        var engine = DisclosureControl(module: module)
        engine.exactLimit = 0
        engine.hopelessFailures = 1
        let tables = try engine.catalogue.tables(by: ["site", "role"], filter: [])
        let release = engine.release(counts(module, responses()), periods: [q3], tables: tables)
        let nested = try #require(tables.first { $0.dimensions == ["site", "role"] })
        #expect(release.withheldTables[q3] == [nested])
        #expect(release.groups[q3]?[nested] == [])
        #expect(!release.figures.keys.contains { $0.group.conditions.count == 2 }, "its figures are not listed")
        let ledger = LedgerRelease(release, id: "r1")
        #expect(ledger.withheldTables == [q3: [nested]])
        let small = FigureKey(period: q3, group: GroupKey([.init(dimension: "site", value: "a"), .init(dimension: "role", value: "rn")]), measure: .respondents)
        #expect(ledger.had(small), "the ledger still holds what the table hid")
        // A later report of the same data by site alone keeps protecting the nested table's small counts.
        let quarter = try #require(counts(module, responses()).quarters[q3])
        var bySite = Tabulation(period: q3, counts: quarter, tables: try engine.catalogue.tables(by: ["site"], filter: []), catalogue: engine.catalogue)
        PrimaryRules.apply(to: &bySite)
        var earlier = Tabulation(period: q3, counts: quarter, tables: [nested], catalogue: engine.catalogue)
        PrimaryRules.apply(to: &earlier)
        let knowledge = EarlierKnowledge(period: q3, releases: [ledger], current: bySite, other: earlier)
        let nestedProtected = knowledge.protected.filter { $0.group.conditions.count == 2 }
        #expect(nestedProtected.count == earlier.entries.flatMap { ProtectedQuantity.of($0) }.count)
        #expect(!nestedProtected.isEmpty)
        #expect(release.groups[q3]?[try #require(tables.first { $0.dimensions == ["site"] })]?.count == 3)
        #expect(release.withheld.isEmpty)

        let report = QuarterlyReport(release: release, period: q3)
        #expect(!report.rows.contains { $0.group.conditions.count == 2 }, "no CSV row of a nested group")
        let strings = try ReportTemplates.builtIn.strings(language: "en")
        let page = report.page(strings: strings)
        let withheld = page.breakdowns.filter(\.withheld)
        #expect(withheld.count == 1 && withheld.first?.groups.isEmpty == true)
        #expect(page.breakdowns.filter { !$0.withheld }.count == 2, "sites and roles are still shown")
        #expect(!page.breakdownLegend.isEmpty)
        let html = try ReportTemplates.builtIn.render(page, template: "quarterly")
        #expect(html.contains(strings.text("table-withheld-note")))
        #expect(!html.contains("a › rn") && !html.contains("a, rn"))
    }
}

extension ProtectedQuantity {
    /// A quantity of `functional`, for findings made up by hand.
    fileprivate init(functional: Functional, measure: Measure, value: Int, threshold: Int) {
        self.init(
            form: FigureTemplate.Form(system: functional.system, categories: functional.categories), group: functional.group, measure: measure,
            value: value, threshold: threshold)
    }
}
