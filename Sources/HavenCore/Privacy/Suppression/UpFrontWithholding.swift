/// The tables a first release of a quarter's data withholds before tabulating it whole, with what
/// their groups protect: tabulated whole only to be hidden whole, a national quarter's site table
/// (630,000 figures) was a third of a report's peak memory, and a larger network's site-by-role
/// table (five million) two thirds of it.
///
/// Each table is weighed a few hundred groups at a time through the primary rules, and those the
/// rules leave mostly hidden are withheld (`TableCollapse.weighedUpFront`). Then, where the
/// quarter's systems are too large for the exact LP, the audit's probe runs on a tabulation of
/// the group sizes and each batch's sampled questions alone (`SecondarySuppression.probeFindings`),
/// and the tables it finds hopeless are withheld in turn, until it finds none. Each decision is
/// the one the whole tabulation would lead to: the primary rules and the audit decide a
/// question's figures from its own and the group sizes, and a table's weights and protected
/// quantities add up batch by batch. Later releases of the same data go the long way: the late-change rule and
/// what earlier releases showed change what the primary rules leave shown.
struct UpFrontWithholding {
    /// The tables withheld, in order.
    private(set) var tables: [BreakdownTable] = []
    /// What their groups protect.
    private(set) var withheld = WithheldGroups()
    /// Whether the last probe's sample had no failure at all; nil when none ran.
    private(set) var probeIsClear: Bool?
    /// What each table still to be tabulated would protect, were it withheld: its quantities
    /// count in every probe's plan, and a table the probe withholds keeps them.
    private var kept: [BreakdownTable: WithheldGroups] = [:]

    /// Nothing withheld.
    init() {}

    /// Withholds the tables of `tables` (whose groups are `listed`) the primary rules leave mostly
    /// hidden in `period`'s `counts`.
    init(period: Period, counts: QuarterCounts, tables: [BreakdownTable], listed: QuarterGroups, catalogue: ReportCatalogue) {
        for weighed in TableCollapse.weighedUpFront(period: period, counts: counts, tables: tables, listed: listed, catalogue: catalogue) {
            if weighed.isMostlyHidden {
                self.tables.append(weighed.table)
                withheld.absorb(weighed.protecting)
            } else {
                kept[weighed.table] = weighed.protecting
            }
        }
        self.tables.sort()
        withheld.fit()
    }

    /// Probes the tables not withheld yet (of `tables`, whose groups are `listed`), as
    /// `SecondarySuppression` would before its first full audit, and withholds the hopeless ones,
    /// until a probe finds none. Nothing is probed unless some system of `model` (the quarter's,
    /// over every group of `tables`) is too large for the exact LP (`exactLimit`). `groupThreshold`
    /// and `hopelessFailures` are the suppression's.
    mutating func probe(
        period: Period, counts: QuarterCounts, tables: [BreakdownTable], listed: QuarterGroups, catalogue: ReportCatalogue, model: QuarterModel,
        groupThreshold: Int, exactLimit: Int, hopelessFailures: Int
    ) {
        guard SecondarySuppression.isLarge(model, exactLimit: exactLimit) else { return }
        /// A tabulation of the group sizes and `batch`'s questions, through the primary rules.
        func tabulation(of batch: [AuditSystemID]) -> Tabulation {
            var projection = Tabulation(
                period: period, counts: counts, tables: tables, catalogue: catalogue, leavingOut: Set(self.tables),
                questions: ProbePlan.questions(of: batch), listed: listed)
            PrimaryRules.apply(to: &projection)
            return projection
        }
        /// One probe, each batch of systems audited on a tabulation of its own questions: the
        /// sampled questions' all at once were 15 MB of figures and 7 MB of protected quantities at
        /// 3M rows, to settle on the first batch. A function of its own so that its suppression,
        /// which shares the withheld groups, is gone before more are withheld.
        func probeOnce() -> (hopeless: [BreakdownTable], isClear: Bool) {
            let plan = ProbePlan(counts: kept.values.reduce(withheld.quantitiesBySystem) { $0.merging($1.quantitiesBySystem, uniquingKeysWith: +) })
            var secondary = SecondarySuppression(
                tabulation: tabulation(of: []), model: model, earlier: EarlierKnowledge(), groupThreshold: groupThreshold, exactLimit: exactLimit)
            secondary.collapse.hopelessFailures = hopelessFailures
            secondary.withheldBeforehand(self.tables, withheld)
            return SecondarySuppression.probe(plan, collapse: secondary.collapse) { batch in
                secondary.probeFindings(of: batch, in: plan, on: tabulation(of: batch))
            }
        }
        while true {
            let probe = probeOnce()
            probeIsClear = probe.isClear
            guard !probe.hopeless.isEmpty else { return }
            for table in probe.hopeless {
                self.tables.append(table)
                withheld.absorb(kept.removeValue(forKey: table) ?? WithheldGroups())
            }
            self.tables.sort()
            withheld.fit()
        }
    }
}
