import HavenSurvey

/// One hidden number and the interval an attacker can prove for it.
public struct AuditFinding: Sendable, Hashable {
    /// The hidden figure protecting it.
    public var figure: FigureKey
    /// Its true value.
    public var value: Int
    /// The threshold it must stay possibly above.
    public var threshold: Int
    /// The attacker's proven lower bound (nil if the audit could not be computed).
    public var lower: Int?
    /// The attacker's proven upper bound.
    public var upper: Int?
    /// Whether the interval meets the requirement (`U − L ≥ 1`, `U ≥ max(v + 1, k)`, insider re-run).
    public var isSafe: Bool
    /// Whether the interval comes from moves the attacker cannot see (a system too large for the
    /// exact LP): then the attacker's true interval is at least this wide.
    public var isCertified = false
}

/// Re-runs the attacker audit over published releases, independently of how they were made.
public enum DisclosureAudit {
    /// The findings for one release, against the data it was computed from.
    public static func findings(module: SurveyModule, counts: ResponseCounts, release: Release) throws -> [AuditFinding] {
        let statuses = release.figures.mapValues { $0.suppression }
        return findings(module: module, counts: counts, periods: release.periods, tables: release.tables, earlier: [], statuses: statuses)
    }

    /// The findings for everything the ledger holds whose data is unchanged: every release of a
    /// quarter is audited together, as an attacker holding all of them would.
    public static func findings(module: SurveyModule, counts: ResponseCounts, ledger: [LedgerRelease]) -> (findings: [AuditFinding], changedPeriods: [Period]) {
        var all: [AuditFinding] = []
        var changed: [Period] = []
        let periods = Set(ledger.flatMap(\.fingerprints.keys)).sorted()
        for period in periods {
            guard let quarter = counts.quarters[period] else {
                changed.append(period)
                continue
            }
            let matching = ledger.filter { $0.fingerprints[period] == quarter.fingerprint }
            if matching.count < ledger.filter({ $0.fingerprints[period] != nil }).count {
                changed.append(period)
            }
            guard !matching.isEmpty else { continue }
            var statuses: [FigureKey: Figure.Suppression?] = [:]
            for release in matching {
                for (key, entry) in release.figures where key.period == period {
                    if entry.shown {
                        statuses[key] = .some(nil)
                    } else if statuses[key] == nil {
                        statuses[key] = .some(.complementary)
                    }
                }
            }
            let tables = Array(Set(matching.flatMap(\.tables))).sorted()
            all += findings(module: module, counts: counts, periods: [period], tables: tables, earlier: [], statuses: statuses, recomputePrimary: true)
        }
        return (all, changed)
    }

    private static func findings(
        module: SurveyModule, counts: ResponseCounts, periods: [Period], tables: [BreakdownTable], earlier: [LedgerRelease],
        statuses: [FigureKey: Figure.Suppression?], recomputePrimary: Bool = false
    ) -> [AuditFinding] {
        let catalogue = ReportCatalogue(module: module)
        var findings: [AuditFinding] = []
        for period in periods {
            guard let quarter = counts.quarters[period] else { continue }
            var tabulation = Tabulation(period: period, counts: quarter, tables: tables, catalogue: catalogue)
            var primary = tabulation
            PrimaryRules.apply(to: &primary)
            for (position, key) in tabulation.keys.enumerated() {
                // Not listed: hidden, in a table withheld whole; what the primary rules hid there
                // must stay protected.
                guard let status = statuses[key] else {
                    tabulation.setSuppression(primary.figure(at: position).suppression ?? .complementary, at: position)
                    continue
                }
                // A hidden figure keeps its primary reason, so the audit knows it must be protected.
                tabulation.setSuppression(status.map { hidden in
                    recomputePrimary ? (primary.figure(at: position).suppression ?? hidden) : hidden
                }, at: position)
            }
            let model = QuarterModel(counts: quarter, groups: tabulation.groups.values.flatMap { $0 })
            let bySystem = QuarterAuditor(tabulation: tabulation, model: model, earlier: EarlierKnowledge()).findings()
            for finding in bySystem.keys.sorted().flatMap({ bySystem[$0] ?? [] }) {
                // With no earlier knowledge, every quantity audited is one of this tabulation's figures.
                guard let position = finding.quantity.position else { preconditionFailure("an earlier release's quantity in a lone audit") }
                findings.append(
                    AuditFinding(
                        figure: tabulation.key(at: position), value: finding.quantity.value, threshold: finding.quantity.threshold,
                        lower: finding.interval?.lower, upper: finding.interval?.upper, isSafe: finding.isSafe,
                        isCertified: finding.isCertified))
            }
        }
        return findings
    }
}
