import HavenSurvey
import Testing

@testable import HavenCore

@Suite("what a hidden figure protects")
struct ProtectedQuantityTests {
    /// Group sizes, answered counts and the counts of questions that are not sensitive protect
    /// only when small: such a figure that is not small protects nothing.
    @Test("where only smallness protects, a figure that is not small protects nothing; a sensitive count can protect its complement when large")
    func onlyWhenSmall() throws {
        let module = try attackModule()
        let responses = people(3, site: "a") + people(11, site: "b", team: "2", affected: "no") + people(1, site: "b", team: "5", affected: "yes")
            + people(30, site: "s", team: "4", affected: "no") + people(2, site: "s", team: "1", affected: "yes")
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site"], filter: []), catalogue: catalogue)
        var skipped = 0
        var largeButProtecting = 0
        for position in tabulation.allPositions {
            let entry = tabulation.entry(at: position)
            let protections = ProtectedQuantity.of(entry)
            let onlyWhenSmall = entry.measure == .respondents || entry.measure == .answered || (entry.measure == .count && !entry.isSensitive)
            if onlyWhenSmall {
                if !PrimaryRules.isSmall(entry.figure.count, ProtectedQuantity.threshold(of: entry)) {
                    skipped += 1
                    #expect(protections.isEmpty, "\(tabulation.key(at: position))")
                }
            } else if entry.measure == .count && !protections.isEmpty && !PrimaryRules.isSmall(entry.figure.count, ProtectedQuantity.threshold(of: entry)) {
                largeButProtecting += 1
            }
        }
        #expect(skipped > 10)
        #expect(largeButProtecting == 1, "the organisation's 44 'no' protect the 3 'yes' beside them")
    }

    /// Hiding figures of a few groups has only their quantities listed again; the list must be the
    /// one a full listing gives, in the same order: hiding a group's size uncaps its quantities
    /// (written over in place), hiding a small figure adds one (merged in).
    @Test("updating the protected list for the groups where figures were hidden gives the full listing")
    func updatedListing() throws {
        let module = try attackModule()
        let responses = people(3, site: "a", role: "rn") + people(11, site: "b", role: "md", team: "2")
            + people(2, site: "b", role: "md", team: "5", affected: "yes") + people(30, site: "s", role: "rn", team: "4")
            + people(2, site: "s", role: "admin", team: "1", affected: "yes")
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        func auditor(_ tabulation: Tabulation) -> QuarterAuditor {
            QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge())
        }
        let listed = auditor(tabulation).protected
        let siteB = GroupKey([GroupCondition(dimension: "site", value: "b")])
        let roleRN = GroupKey([GroupCondition(dimension: "role", value: "rn")])
        for position in tabulation.positions(of: siteB) {
            tabulation.setSuppression(.failClosed, at: position)
        }
        tabulation.setSuppression(.failClosed, at: try #require(tabulation.positions(of: roleRN).first))

        let full = auditor(tabulation).protected
        let updated = auditor(tabulation).protected(updating: listed, in: [siteB, roleRN])
        #expect(full != listed, "site b's and role rn's sizes no longer cap their quantities")
        #expect(full.contains { $0.group == siteB } && full.contains { $0.group != siteB && $0.group != roleRN })
        #expect(updated == full)

        // A run that protects more than before (a small figure shown, then hidden) is merged in
        // rather than written over.
        let small = try #require(full.first { $0.group == siteB }?.position)
        var shown = tabulation
        shown.setSuppression(nil, at: small)
        let fewer = auditor(shown).protected
        #expect(fewer.count < full.count)
        #expect(auditor(tabulation).protected(updating: fewer, in: [siteB]) == full)
    }

    /// The auditor lists a large quarter in slices on every core, each counted before it is
    /// written into one list: the list must hold exactly what each hidden figure protects, in
    /// figure order, as listing figure by figure gives it.
    @Test("a quarter listed in slices holds what each hidden figure protects, in order")
    func slicedListing() throws {
        let sites = (1...800).map { "s\($0)" }
        let module = try attackModule(sites: sites)
        let responses = sites.enumerated().flatMap { index, site in
            people(1 + index % 4, site: site, role: "rn") + people(index % 3, site: site, role: "md", affected: index < 3 ? "yes" : "no")
                + people(index % 7 == 0 ? 6 : 0, site: site, role: "admin", team: "1")
        }
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site", "role"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        #expect(tabulation.allPositions.count >= 30_000, "large enough to be listed in three slices or more")
        let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
        let listed = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge()).protected
        let expected = tabulation.allPositions.flatMap { position -> [String] in
            let suppression = tabulation.suppression(at: position)
            guard suppression != nil, suppression != .complementary else { return [] }
            return ProtectedQuantity.of(tabulation.entry(at: position)).map { "\(position) \($0.functional) \($0.value) \($0.threshold)" }
        }
        #expect(listed.count > 1_000)
        #expect(listed.contains { $0.value != tabulation.count(at: $0.position ?? 0) }, "the organisation's many 'no' protect its few 'yes'")
        #expect(listed.map { "\($0.position ?? -1) \($0.functional) \($0.value) \($0.threshold)" } == expected)
    }
}
