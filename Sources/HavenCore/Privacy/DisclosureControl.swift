import HavenSurvey

/// The privacy engine: turns counted responses into a release where no hidden number can be
/// recovered from anything published, now or before (the disclosure-control specification, R1–R10).
public struct DisclosureControl: Sendable {
    /// The module reported on.
    public let catalogue: ReportCatalogue
    private let commentSafety: CommentSafety
    /// Parts of an attacker system larger than this are audited by moves rather than by the exact
    /// LP (`QuarterAuditor.exactLimit`); tests lower it to put the move certifier under the
    /// brute-force attacker.
    var exactLimit = QuarterAuditor.exactLimit
    /// See `TableCollapse.hopelessFailures`; tests lower it to hide tables whole on small data.
    var hopelessFailures = TableCollapse.hopelessFailures

    /// An engine for `module`; comments are redacted against `roster` (staff, site and unit names).
    public init(module: SurveyModule, roster: [String] = []) {
        catalogue = ReportCatalogue(module: module)
        commentSafety = CommentSafety(roster: roster)
    }

    /// Computes every figure of `tables` for `periods`, applies the primary rules, the late-change
    /// rule against earlier releases, and secondary suppression proven by the attacker audit
    /// against this release and every earlier release of the same data.
    ///
    /// The counts are consumed: each quarter's are let go once its figures are made, so a national
    /// report's last quarter is audited beside its own counts alone, not all four quarters'.
    /// Counts that kept no comment texts (`ResponseCounts.keepsTexts`) make a release without
    /// comment lists.
    /// `progress` is told as each quarter's disclosure control starts, numbered among the quarters
    /// somebody answered in.
    public func release(
        _ counts: consuming ResponseCounts, periods: [Period], tables: [BreakdownTable], earlier: [LedgerRelease] = [],
        progress: ((ReleaseProgress) -> Void)? = nil
    ) -> Release {
        var figures: [FigureKey: Figure] = [:]
        var groups: [Period: [BreakdownTable: [GroupKey]]] = [:]
        var fingerprints: [Period: String] = [:]
        var comments: [Period: [String: [String]]] = [:]
        var quarantined: [Period: [String: [QuarantinedComment]]] = [:]
        var withheld: [Period] = []
        var withheldTables: [Period: [BreakdownTable]] = [:]
        let module = catalogue.module
        // Counts that kept no comment texts are of a release that shows no comments: it lists none.
        let listsComments = counts.keepsTexts
        let reviewed = CommentSafety.Memo()
        let reviewingAhead = listsComments ? reviewAhead(counts, periods: periods, tables: tables, into: reviewed) : nil
        defer { reviewingAhead?.finish() }
        // One quarter at a time: the next one's tables and figures, prepared while this one's
        // audits left a core idle, were held beside them, and took a national report's peak from
        // 125-131 to 155-158 MB to save 0.4-0.6 s of its 6. The comment reviews go on beside.
        let answered = periods.filter { counts.quarters[$0] != nil }
        for (index, period) in periods.enumerated() {
            // Nobody answered then: nothing to release.
            guard let counted = periods[(index + 1)...].contains(period) ? counts.quarters[period] : counts.take(period) else { continue }
            progress?(.protecting(period: period, number: (answered.firstIndex(of: period) ?? 0) + 1, count: answered.count))
            var current = prepare(period, quarter: counted, tables: tables, earlier: earlier)
            let quarter = current.quarter
            let sameData = current.sameData
            let changedData = current.changedData
            fingerprints[period] = current.fingerprint
            current.secondary.run()
            // A quarter the audit cannot clear is not listed at all: even a row of markers would tell
            // that its groups are not empty.
            guard !current.secondary.failedClosed else {
                groups[period] = [:]
                withheld.append(period)
                continue
            }
            let hiddenWhole = current.secondary.tablesHiddenWhole
            var tabulation = (consume current).secondary.tabulation
            DerivedFigures.settle(&tabulation, module: module)
            // A table hidden whole lists no groups, as a withheld quarter does: its rows would all
            // be markers, and which groups have rows would tell which have members. The ledger
            // records it as withheld, which protects its small figures in later releases as well
            // as listing each of them would (`LedgerRelease.had`).
            for (table, tableGroups) in tabulation.groups where !hiddenWhole.contains(table) {
                for group in tableGroups {
                    for position in tabulation.positions(of: group) {
                        figures[tabulation.key(at: position)] = tabulation.figure(at: position)
                    }
                }
            }
            groups[period] = tabulation.groups.merging(hiddenWhole.map { ($0, []) }) { $1 }
            if !hiddenWhole.isEmpty { withheldTables[period] = hiddenWhole }
            guard listsComments else { continue }
            let lists = releaseComments(of: quarter, tabulation: tabulation, sameData: sameData, changedData: changedData, reviewed: reviewed)
            figures.merge(lists.figures) { $1 }
            comments[period] = lists.comments
            quarantined[period] = lists.quarantined
        }
        return Release(
            module: module, periods: periods, tables: tables, figures: figures, groups: groups,
            comments: comments, quarantined: quarantined, withheld: withheld, withheldTables: withheldTables, fingerprints: fingerprints)
    }

    /// A quarter tabulated through the primary and late-change rules, ready for secondary suppression.
    private struct PreparedQuarter {
        let quarter: QuarterCounts
        let fingerprint: String
        /// Earlier releases of the same data, and of other data for the same quarter.
        let sameData: [LedgerRelease]
        let changedData: [LedgerRelease]
        var secondary: SecondarySuppression
    }

    /// Tabulates `period`'s figures of `tables` through the primary rules and the late-change rule
    /// against `earlier`, and sets up its secondary suppression.
    private func prepare(_ period: Period, quarter: QuarterCounts, tables: [BreakdownTable], earlier: [LedgerRelease]) -> PreparedQuarter {
        let fingerprint = quarter.fingerprint
        // What the quarters done so far (or the counting) freed, before this one allocates its own.
        FreedMemory.release()
        let sameData = earlier.filter { $0.fingerprints[period] == fingerprint }
        let changedData = earlier.filter { $0.fingerprints[period] != nil && $0.fingerprints[period] != fingerprint }
        let earlierTables = Array(Set(sameData.flatMap(\.tables)).subtracting(tables)).sorted()
        var earlierTabulation = Tabulation(period: period, counts: quarter, tables: earlierTables, catalogue: catalogue)
        PrimaryRules.apply(to: &earlierTabulation)
        let listed = QuarterGroups(of: tables, counts: quarter, module: catalogue.module)
        let model = QuarterModel(counts: quarter, groups: listed.all + earlierTabulation.groups.values.flatMap { $0 })
        // A first release of the quarter's data withholds its mostly hidden and hopeless tables
        // before tabulating (`UpFrontWithholding`).
        var upFront = UpFrontWithholding()
        if sameData.isEmpty && changedData.isEmpty {
            upFront = UpFrontWithholding(period: period, counts: quarter, tables: tables, listed: listed, catalogue: catalogue)
            upFront.probe(
                period: period, counts: quarter, tables: tables, listed: listed, catalogue: catalogue, model: model,
                groupThreshold: catalogue.module.thresholds.group, exactLimit: exactLimit, hopelessFailures: hopelessFailures)
        }
        var tabulation = Tabulation(
            period: period, counts: quarter, tables: tables, catalogue: catalogue, leavingOut: Set(upFront.tables), listed: listed)
        PrimaryRules.apply(to: &tabulation)
        LateChangeRule.apply(to: &tabulation, against: changedData)
        let knowledge = EarlierKnowledge(period: period, releases: sameData, current: tabulation, other: earlierTabulation)
        // Handed over, not shared: the first figure hidden would otherwise copy every figure of the
        // quarter (700 MB in a national one).
        var secondary = SecondarySuppression(
            tabulation: consume tabulation, model: model, earlier: knowledge, groupThreshold: catalogue.module.thresholds.group, exactLimit: exactLimit)
        secondary.collapse.hopelessFailures = hopelessFailures
        secondary.withheldBeforehand(upFront.tables, upFront.withheld)
        secondary.probedUpFront = upFront.probeIsClear
        return PreparedQuarter(quarter: quarter, fingerprint: fingerprint, sameData: sameData, changedData: changedData, secondary: secondary)
    }

    /// Starts reviewing the comment texts of `periods`' populations, quarter by quarter, into
    /// `memo` on a thread of its own: a decision depends on the text alone, and the figures'
    /// passes leave a core idle for much of a national quarter, where the first quarter's review
    /// alone took 1.5 s. What it has not reviewed when a quarter's lists are made is reviewed
    /// then, as before; nothing it does reaches a release but through `releaseComments`. It lets
    /// go of each quarter once reviewed, so that the release can free the quarters it is done with.
    private func reviewAhead(_ counts: ResponseCounts, periods: [Period], tables: [BreakdownTable], into memo: CommentSafety.Memo) -> BackgroundWork {
        let textQuestions = catalogue.module.questions.filter { $0.type == .text }.map(\.id)
        let populations = Set(tables.map { GroupKey($0.filter) }).sorted()
        let quarters = HandedInTurn(periods.compactMap { counts.quarters[$0] })
        let commentSafety = commentSafety
        return BackgroundWork { stop in
            while let quarter = quarters.next() {
                let order = quarter.sortedAtoms
                for group in populations {
                    let atoms = quarter.atoms(in: group, order: order)
                    for question in textQuestions {
                        commentSafety.remember(quarter.distinctComments(to: question, in: atoms), in: memo, until: stop)
                    }
                }
            }
        }
    }

    /// The comment lists of the report's whole population (R9): shown when the group's size is
    /// shown, it has at least `k_m` respondents, no nested list published from the same data
    /// differs from it by fewer than `k_m` people, and no list of the group was published from
    /// earlier data (the difference would be the late respondents' comments). `reviewed` holds
    /// the release's reviews of other quarters' texts.
    private func releaseComments(
        of quarter: QuarterCounts, tabulation: Tabulation, sameData: [LedgerRelease], changedData: [LedgerRelease], reviewed: CommentSafety.Memo
    ) -> (figures: [FigureKey: Figure], comments: [String: [String]], quarantined: [String: [QuarantinedComment]]) {
        let module = catalogue.module
        let textQuestions = module.questions.filter { $0.type == .text }
        guard !textQuestions.isEmpty else { return ([:], [:], [:]) }
        func publishedLists(_ releases: [LedgerRelease]) -> Set<GroupKey> {
            Set(releases.flatMap { release in
                release.figures.filter { $0.key.period == tabulation.period && $0.key.measure == .comments && $0.value.shown }.map(\.key.group)
            })
        }
        let republished = publishedLists(changedData)
        // Every table of a release shares its filter, so this is the report's whole population.
        let populations = Set(tabulation.groups.keys.map { GroupKey($0.filter) }).sorted()
        let candidates = populations.filter { group in
            tabulation[FigureKey(period: tabulation.period, group: group, measure: .respondents)]?.figure.isShown == true
                && !republished.contains(group)
        }
        let lists = CommentLists(counts: quarter, threshold: module.thresholds.comments)
        let publishable = lists.publishable(candidates, earlier: publishedLists(sameData))
        var figures: [FigureKey: Figure] = [:]
        var comments: [String: [String]] = [:]
        var quarantined: [String: [QuarantinedComment]] = [:]
        for group in populations {
            for question in textQuestions {
                let raw = quarter.comments(to: question.id, in: lists.atoms(group))
                let key = FigureKey(period: tabulation.period, group: group, question: question.id, measure: .comments)
                guard publishable.contains(group) else {
                    if !raw.isEmpty { figures[key] = Figure(count: raw.count, value: Double(raw.count), suppression: .smallGroup) }
                    continue
                }
                let review = commentSafety.review(raw, memo: reviewed)
                figures[key] = Figure(count: review.publishable.count, value: Double(review.publishable.count), suppression: nil)
                comments[question.id] = review.publishable
                quarantined[question.id] = review.quarantined
            }
        }
        return (figures, comments, quarantined)
    }
}
