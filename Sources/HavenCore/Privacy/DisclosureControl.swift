import HavenSurvey

/// The privacy engine: turns counted responses into a release where no hidden number can be
/// recovered from anything published, now or before (the disclosure-control specification, R1–R10).
public struct DisclosureControl: Sendable {
    /// The module reported on.
    public let catalogue: ReportCatalogue

    /// An engine for `module`.
    public init(module: SurveyModule) {
        catalogue = ReportCatalogue(module: module)
    }

    /// Computes every figure of `tables` for `periods`, applies the primary rules, the late-change
    /// rule against earlier releases, and secondary suppression proven by the attacker audit
    /// against this release and every earlier release of the same data.
    public func release(_ counts: ResponseCounts, periods: [Period], tables: [BreakdownTable], earlier: [LedgerRelease] = []) -> Release {
        var figures: [FigureKey: Figure] = [:]
        var groups: [Period: [BreakdownTable: [GroupKey]]] = [:]
        var fingerprints: [Period: String] = [:]
        let module = catalogue.module
        for period in periods {
            guard let quarter = counts.quarters[period] else { continue }
            let fingerprint = quarter.fingerprint
            fingerprints[period] = fingerprint
            var tabulation = Tabulation(period: period, counts: quarter, tables: tables, catalogue: catalogue)
            PrimaryRules.apply(to: &tabulation)
            let sameData = earlier.filter { $0.fingerprints[period] == fingerprint }
            let changedData = earlier.filter { $0.fingerprints[period] != nil && $0.fingerprints[period] != fingerprint }
            LateChangeRule.apply(to: &tabulation, against: changedData)

            let earlierTables = Array(Set(sameData.flatMap(\.tables)).subtracting(tables)).sorted()
            var earlierTabulation = Tabulation(period: period, counts: quarter, tables: earlierTables, catalogue: catalogue)
            PrimaryRules.apply(to: &earlierTabulation)
            var known: [Functional: Int] = [:]
            var shownBefore: Set<FigureKey> = []
            for release in sameData {
                for (key, entry) in release.figures where key.period == period && entry.shown && key.measure != .percent && key.measure != .mean {
                    shownBefore.insert(key)
                    guard let functionals = (tabulation.entries[key] ?? earlierTabulation.entries[key])?.functionals else { continue }
                    for functional in functionals { known[functional] = entry.count }
                }
            }
            // What earlier releases hid by the primary rules stays protected, in any table it was in.
            let earlierProtected = earlierTabulation.entries.keys.sorted().flatMap { key -> [ProtectedQuantity] in
                guard let entry = earlierTabulation.entries[key], !entry.figure.isShown, !shownBefore.contains(key),
                    sameData.contains(where: { $0.figures[key] != nil })
                else { return [] }
                return ProtectedQuantity.of(key, entry)
            }
            let allGroups = (tabulation.groups.values.flatMap { $0 } + earlierTabulation.groups.values.flatMap { $0 })
            let model = QuarterModel(counts: quarter, groups: allGroups)
            var secondary = SecondarySuppression(tabulation: tabulation, model: model, earlier: known, groupThreshold: module.thresholds.group)
            secondary.earlierProtected = earlierProtected
            secondary.run()
            tabulation = secondary.tabulation
            DerivedFigures.settle(&tabulation, module: module)
            for (key, entry) in tabulation.entries {
                figures[key] = entry.figure
            }
            groups[period] = tabulation.groups
        }
        return Release(
            module: module, periods: periods, tables: tables, figures: figures, groups: groups,
            comments: [:], quarantined: [:], fingerprints: fingerprints)
    }
}
