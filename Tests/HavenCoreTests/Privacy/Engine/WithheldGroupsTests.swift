import HavenSurvey
import Testing

@testable import HavenCore

/// A table withheld whole leaves the tabulation: what its groups protect is kept aside
/// (`WithheldGroups`), and the audit must meet those quantities as if they were still listed
/// among the others, in the same order, or a probe would sample other quantities and the loop
/// pick other complements.
@Suite("a table withheld whole is audited from what it protects, as if still listed")
struct WithheldGroupsTests {
    /// Four sites of unequal size by three roles: the site-by-role table has many small cells.
    private func quarter() throws -> (module: SurveyModule, quarter: QuarterCounts) {
        let module = try attackModule(sites: ["a", "b", "c", "d"])
        var responses = people(12, site: "a", role: "rn", team: "4") + people(3, site: "a", role: "md", team: "2", affected: "yes")
        responses += people(7, site: "b", role: "rn", team: "5") + people(2, site: "b", role: "admin", team: "1")
        responses += people(20, site: "c", role: "md", team: "3") + people(4, site: "c", role: "rn", team: "4", affected: "yes")
        responses += people(9, site: "d", role: "admin", team: "2") + people(1, site: "d", role: "md", team: "5")
        return (module, try #require(counts(module, responses).quarters[q3]))
    }

    /// The quarter by site and role after the primary rules, with the role and site-by-role tables
    /// hidden whole (their groups: in canonical order, the roles' come before the sites' and the
    /// pairs' after), and its model.
    private func tabulated() throws -> (tabulation: Tabulation, hidden: Set<GroupKey>, model: QuarterModel) {
        let (module, quarter) = try quarter()
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        let hidden = Set(tabulation.groups.filter { $0.key.dimensions.contains("role") }.flatMap(\.value))
        for group in hidden {
            for position in tabulation.positions(of: group) where tabulation.isShown(at: position) {
                tabulation.setSuppression(.failClosed, at: position)
            }
        }
        return (tabulation, hidden, QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 }))
    }

    /// `tabulated()`, and the tabulation with the hidden tables withheld.
    private func withheldTables() throws -> (
        full: Tabulation, hidden: Set<GroupKey>, model: QuarterModel, tabulation: Tabulation, withheld: WithheldGroups
    ) {
        let (full, hidden, model) = try tabulated()
        var tabulation = full
        var withheld = WithheldGroups()
        withheld.withhold(hidden, from: &tabulation)
        return (full, hidden, model, tabulation, withheld)
    }

    private func auditor(_ tabulation: Tabulation, _ model: QuarterModel, withheld: WithheldGroups = WithheldGroups()) -> QuarterAuditor {
        var auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge())
        auditor.withheld = withheld
        return auditor
    }

    /// What a quantity is, wherever it is listed.
    private func identity(_ quantity: ProtectedQuantity) -> String {
        "\(quantity.functional) \(quantity.measure) \(quantity.value) \(quantity.threshold) \(String(describing: quantity.groupSize))"
    }

    @Test("withholding keeps every other figure as it was, and the withheld groups protect what their figures did")
    func withholding() throws {
        let (full, hidden, model, tabulation, withheld) = try withheldTables()
        let listed = auditor(full, model).protected

        #expect(tabulation.allPositions.count < full.allPositions.count)
        var kept = 0
        for group in full.groups.values.joined().sorted() {
            if hidden.contains(group) {
                #expect(tabulation.positions(of: group).isEmpty)
                #expect(tabulation.insertionPosition(of: group) == kept, "\(group) would start where the figures before it end")
                continue
            }
            let before = full.positions(of: group)
            let after = tabulation.positions(of: group)
            #expect(after.count == before.count)
            for (old, new) in zip(before, after) {
                #expect(tabulation.key(at: new) == full.key(at: old))
                #expect(tabulation.figure(at: new) == full.figure(at: old))
                #expect(tabulation.sizePosition(of: new) == after.lowerBound)
            }
            kept += after.count
        }
        for system in Set(full.allPositions.flatMap(full.systems(at:))) {
            let keys = tabulation.positions(relatedTo: system).map(tabulation.key(at:))
            #expect(keys == full.positions(relatedTo: system).map(full.key(at:)).filter { !hidden.contains($0.group) })
        }

        let stillListed = listed.filter { !hidden.contains($0.group) }
        #expect(auditor(tabulation, model, withheld: withheld).protected.map(identity) == stillListed.map(identity))
        let aside = listed.filter { hidden.contains($0.group) }
        #expect(aside.count > 10)
        #expect(withheld.quantities.map(identity) == aside.map(identity))
        #expect(withheld.quantities.count == aside.count)
        #expect(withheld.quantitiesBySystem == Dictionary(grouping: aside, by: \.system).mapValues(\.count))
    }

    /// The final audit reads the withheld groups system by system: each system's figures, found
    /// again group by group, must make exactly that system's quantities, in list order.
    @Test("each system's protecting figures, grouped again, make that system's quantities")
    func figuresBySystem() throws {
        let (full, hidden, model, _, withheld) = try withheldTables()
        let aside = auditor(full, model).protected.filter { hidden.contains($0.group) }
        let bySystem = withheld.figuresBySystem
        #expect(Set(bySystem.keys) == Set(aside.map(\.system)))
        var groupsSeen = 0
        for (system, figures) in bySystem {
            let numbers = withheld.kindNumbers { $0 == system ? 0 : nil }
            var made: [ProtectedQuantity] = []
            var lastGroup = -1
            withheld.forEachGroup(of: figures) { group, run in
                #expect(group > lastGroup, "each group once, in order")
                lastGroup = group
                groupsSeen += 1
                for figure in run {
                    withheld.forEachQuantity(atFigure: Int(figure), ofGroupAt: group, numbered: numbers, groupSize: nil) { made.append($0) }
                }
            }
            #expect(made.map(identity) == aside.filter { $0.system == system }.map(identity), "\(system)")
        }
        #expect(groupsSeen > bySystem.count, "systems span several groups")
    }

    /// A withheld figure's numbers are kept in 16 bits where they fit: a group's answered count
    /// past that limit, beside a count within it, must still give the complement exactly.
    @Test("numbers past 16 bits are kept exactly")
    func largeNumbers() throws {
        let module = try attackModule(sites: ["a", "b"])
        let responses = people(65_534, site: "a", role: "rn", team: "4") + people(3, site: "a", role: "rn", team: "2")
            + people(4, site: "b", role: "md", team: "1")
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var full = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &full)
        let hidden = Set(full.groups.filter { $0.key.dimensions.count == 2 }.flatMap(\.value))
        for position in full.allPositions where hidden.contains(full.group(at: position)) && full.isShown(at: position) {
            full.setSuppression(.failClosed, at: position)
        }
        let model = QuarterModel(counts: quarter, groups: full.groups.values.flatMap { $0 })
        let aside = auditor(full, model).protected.filter { hidden.contains($0.group) }
        // Site a's pair after site b's, as batches and later steps are merged in.
        let first = hidden.filter { !$0.description.hasPrefix("site=a") }
        var tabulation = full
        var withheld = WithheldGroups()
        withheld.withhold(first, from: &tabulation)
        withheld.withhold(hidden.subtracting(first), from: &tabulation)
        #expect(withheld.quantities.map(identity) == aside.map(identity))
        #expect(aside.contains(where: { $0.value == 3 && $0.group.description.hasPrefix("site=a") }), "the complement of 65,534 among 65,537")
    }

    /// The probe and the loop withhold tables one after another: groups withheld later fall among
    /// those withheld before, in canonical order.
    @Test("withholding table by table keeps what withholding them at once keeps")
    func withholdingInSteps() throws {
        let (full, hidden, model) = try tabulated()
        var atOnce = full
        var together = WithheldGroups()
        together.withhold(hidden, from: &atOnce)
        var inSteps = full
        var stepwise = WithheldGroups()
        // The roles and the pairs of sites c and d, then the pairs of a and b among them.
        let later = hidden.filter { $0.description.hasPrefix("site=a;") || $0.description.hasPrefix("site=b;") }
        #expect(!later.isEmpty)
        stepwise.withhold(hidden.subtracting(later), from: &inSteps)
        stepwise.withhold(later, from: &inSteps)

        #expect(stepwise.groups == together.groups)
        #expect(stepwise.quantities.count == together.quantities.count)
        let quantities = { (withheld: WithheldGroups) in
            withheld.quantities.map(identity)
        }
        #expect(quantities(stepwise) == quantities(together))
        #expect(inSteps.keys.map { $0 } == atOnce.keys.map { $0 })
        #expect(auditor(inSteps, model, withheld: stepwise).protected.map(identity) == auditor(atOnce, model, withheld: together).protected.map(identity))
    }

    /// With every quantity audited exactly (a small system), each system's findings come in the
    /// order the full listing had them, the withheld groups' among the rest.
    @Test("the audit meets the withheld groups' quantities where their figures were listed")
    func auditedInListOrder() throws {
        let (full, hidden, model, tabulation, withheld) = try withheldTables()
        let listed = auditor(full, model).protected
        let insertions = withheld.groups.map(tabulation.insertionPosition(of:))
        #expect(Set(insertions).count == 2 && insertions.contains { $0 < tabulation.allPositions.count }, "the roles lie before the sites")

        let findings = auditor(tabulation, model, withheld: withheld).findings(insiders: false)
        for (system, found) in findings {
            #expect(found.map { identity($0.quantity) } == listed.filter { $0.system == system }.map(identity), "\(system)")
        }
        #expect(findings.values.joined().contains { hidden.contains($0.quantity.group) && !$0.isSafe })
    }

    /// A probe audits every so many quantities of each system, counting the withheld groups'
    /// where they were listed, and never one of them: the sample is the one the full listing gave
    /// with the withheld groups' left out, as the probe had it before they left the tabulation.
    @Test("a probe samples the quantities it sampled when the withheld groups were listed")
    func probeSample() throws {
        let (full, hidden, model, tabulation, withheld) = try withheldTables()
        for stride in [2, 3] {
            let before = auditor(full, model).findings(insiders: false, sampledEvery: stride) { !hidden.contains($0.group) }
            let after = auditor(tabulation, model, withheld: withheld).findings(insiders: false, sampledEvery: stride)
            let systems = Set(before.keys).union(after.keys)
            #expect(systems.allSatisfy { (before[$0] ?? []).map { identity($0.quantity) } == (after[$0] ?? []).map { identity($0.quantity) } })
            #expect(after.values.joined().count >= 4)
        }
    }

    /// A first release withholds the mostly hidden tables before tabulating, weighing each a batch
    /// of groups at a time: over 300 sites, the site-by-role table spans batches. It must name the
    /// tables the whole tabulation would, keep what they would protect, and tabulate the rest alike.
    @Test("tables withheld before tabulating are those the whole tabulation names, protecting the same")
    func withheldUpFront() throws {
        let sites = (1...300).map { "s\($0)" }
        let module = try attackModule(sites: sites)
        let responses = sites.enumerated().flatMap { index, site in
            people(2 + index % 3, site: site, role: "rn", team: "\(1 + index % 5)") + people(1 + index % 2, site: site, role: ["md", "admin"][index % 2], team: "2")
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let tables = try catalogue.tables(by: ["site", "role"], filter: [])
        var full = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: catalogue)
        PrimaryRules.apply(to: &full)
        let named = TableCollapse(tabulation: full).mostlyHidden(in: full)
        let nested = try #require(tables.first { $0.dimensions.count == 2 })
        #expect(named.contains(nested))
        #expect(named.count < tables.count - 1, "some table is kept")
        #expect((full.groups[nested] ?? []).count > Tabulation.tabulationBatch)

        let upFront = UpFrontWithholding(
            period: q3, counts: quarter, tables: tables, listed: QuarterGroups(of: tables, counts: quarter, module: module), catalogue: catalogue)
        #expect(upFront.tables == named)
        let hiddenGroups = Set(named.flatMap { full.groups[$0] ?? [] })
        var hidden = full
        for position in hidden.allPositions where hiddenGroups.contains(hidden.group(at: position)) && hidden.isShown(at: position) {
            hidden.setSuppression(.failClosed, at: position)
        }
        let expected = WithheldGroups(hiddenGroups, of: hidden)
        #expect(upFront.withheld.groups == expected.groups)
        let quantities = { (withheld: WithheldGroups) in
            withheld.quantities.map(identity)
        }
        #expect(quantities(upFront.withheld) == quantities(expected))
        #expect(upFront.withheld.quantities.count > 100)

        var rest = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: catalogue, leavingOut: Set(named))
        PrimaryRules.apply(to: &rest)
        #expect(rest.groups == full.groups)
        #expect(Array(rest.keys) == full.keys.filter { !hiddenGroups.contains($0.group) })
        #expect(rest.allPositions.map(rest.figure(at:)) == full.allPositions.filter { !hiddenGroups.contains(full.group(at: $0)) }.map(full.figure(at:)))
    }
}
