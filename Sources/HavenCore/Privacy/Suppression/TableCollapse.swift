/// When secondary suppression hides a table whole: the specification's "if the loop does not
/// converge, hide the table" (§4.3), decided up front for a table the primary rules leave mostly
/// hidden (`mostlyHidden`), else from the history of the audit rounds. Only failures
/// of quantities proven by moves count (`Finding.isCertified`): they lie in systems too large for
/// the exact LP, where each round costs a search per failing quantity and picking one figure per
/// failure would take dozens of rounds to end with the table mostly hidden anyway.
///
/// Hiding more is always safe; these rules only decide when the loop stops trying cell by cell.
struct TableCollapse {
    /// What is hidden whole: a table, or one question's system (or the group sizes) within it.
    struct Part: Hashable {
        var table: BreakdownTable
        /// Nil for every system: the whole table.
        var system: AuditSystemID? = nil
    }

    /// Failures of quantities proven by moves in one table, from which it may be hidden whole; the
    /// static value unless a test lowers it.
    var hopelessFailures = TableCollapse.hopelessFailures
    static let hopelessFailures = 1000
    /// Rounds in a row that each cut the failures by less than a tenth, all proven by moves, before
    /// each failing question's part of its table is hidden whole; the static value unless a test
    /// lowers it.
    var stuckLimit = TableCollapse.stuckLimit
    static let stuckLimit = 5

    /// Whether `mostlyHidden` names any table; tests of the rules driven by the audit turn it off
    /// to meet those rules on tables the primary rules leave mostly hidden.
    var withholdsMostlyHidden = true

    /// Parts hidden whole so far.
    private(set) var collapsed: Set<Part> = []
    /// Per round since the last part was hidden: how many quantities failed, and how many of them
    /// were proven by moves. One history, and one notion of stalling (`stalls`), serves both rules
    /// below.
    private var rounds: [(failures: Int, certified: Int)] = []
    /// Each group's deepest table, unless that is the organisation's.
    private let tablesByGroup: [GroupKey: BreakdownTable]
    /// Every table but the organisation's, deepest first.
    private let tables: [BreakdownTable]

    init(tabulation: Tabulation) {
        var tables: [GroupKey: BreakdownTable] = [:]
        for (table, groups) in tabulation.groups where !table.dimensions.isEmpty {
            for group in groups {
                if let known = tables[group], (known.dimensions.count, table) > (table.dimensions.count, known) { continue }
                tables[group] = table
            }
        }
        tablesByGroup = tables
        self.tables = tabulation.groups.keys.filter { !$0.dimensions.isEmpty }.sorted { ($1.dimensions.count, $0) < ($0.dimensions.count, $1) }
    }

    /// The part to hide next for a quantity the loop cannot clear: its system in the deepest table
    /// its group is published in, or, when that is hidden already, in the deepest table that adds
    /// up its figures (a nested pair's single breakdowns, within the same filter) and is not. Nil
    /// when every such part is hidden, or the quantity lies only in the organisation's table:
    /// then the caller hides the whole system.
    func nextPart(for quantity: ProtectedQuantity) -> Part? {
        guard let own = tablesByGroup[quantity.group] else { return nil }
        return tables.lazy.filter { $0.filter == own.filter && $0.dimensions.allSatisfy(own.dimensions.contains) }
            .map { Part(table: $0, system: quantity.system) }
            .first(where: canCollapse)
    }

    /// The parts to hide when the loop is stuck: for each failing system, its first failure's next
    /// part, or nil for a system that has none left (the caller hides that system whole). Every
    /// failing system climbs at once: one at a time would take `stuckLimit` rounds per system.
    func nextParts(for failures: [QuarterAuditor.Finding]) -> [(system: AuditSystemID, part: Part?)] {
        var seen: Set<AuditSystemID> = []
        return failures.compactMap { finding in
            let system = finding.quantity.system
            guard seen.insert(system).inserted else { return nil }
            return (system, nextPart(for: finding.quantity))
        }
    }

    /// Records a full round's failures; call once per round, before asking `hopelessTables` or `isStuck`.
    mutating func recordRound(_ failures: [QuarterAuditor.Finding]) {
        rounds.append((failures.count, failures.lazy.filter(\.isCertified).count))
    }

    /// The tables to hide whole when quantities proven by moves fail in their thousands: most of a
    /// table's in one round, or in a round that cut them by less than a tenth (stalled). Only the
    /// deepest such tables go at a time: a nested table's shown cells add up to its margins, so
    /// hiding it may free theirs.
    ///
    /// `audited` holds every finding, failing or not; `scale` is one over the share of quantities
    /// audited, for a probe (whose sample says nothing about progress).
    func hopelessTables(_ failures: [QuarterAuditor.Finding], among audited: some Sequence<QuarterAuditor.Finding>, scale: Int = 1) -> [BreakdownTable] {
        let stalled = scale == 1 && rounds.count >= 2 && Self.stalls(from: rounds[rounds.count - 2].certified, to: rounds[rounds.count - 1].certified)
        let (failingByTable, certified) = certifiedByTable(failures, among: audited)
        let hopeless = failingByTable.filter { table, failing in
            canCollapse(Part(table: table)) && failing * scale >= hopelessFailures
                && (stalled || failing * 2 > certified[table, default: 0])
        }.keys
        let deepest = hopeless.map(\.dimensions.count).max()
        return hopeless.filter { $0.dimensions.count == deepest }.sorted()
    }

    /// Whether a probe's sample tells every table that can still be hidden whole clearly on one
    /// side of "most of it fails": its failing share (of quantities proven by moves) is more than
    /// `probeConfidence` standard errors from one half, counted as if each sampled quantity were
    /// a fair coin. A probe that stops there most likely decides as the whole sample would; a
    /// table near the line (a network of 100,000 responses has half its site table's sample
    /// failing) is weighed on the whole sample.
    func isSettled(_ failures: [QuarterAuditor.Finding], among audited: some Sequence<QuarterAuditor.Finding>) -> Bool {
        let (failing, certified) = certifiedByTable(failures, among: audited)
        return certified.allSatisfy { table, count in
            guard canCollapse(Part(table: table)) else { return true }
            let margin = abs(2 * failing[table, default: 0] - count)
            return Double(margin) > Self.probeConfidence * Double(count).squareRoot()
        }
    }

    /// See `isSettled`.
    static let probeConfidence = 3.0

    /// Whether the last `stuckLimit` rounds each stalled, all their failures proven by moves: the
    /// loop is clearing a few quantities a round (a thousand failures falling by a dozen a round
    /// would take the whole round limit, minutes each) and not converging.
    var isStuck: Bool {
        guard rounds.count > stuckLimit else { return false }
        let recent = rounds.suffix(stuckLimit + 1)
        return zip(recent, recent.dropFirst()).allSatisfy { earlier, later in
            later.failures == later.certified && Self.stalls(from: earlier.failures, to: later.failures)
        }
    }

    /// Whether a round going from `earlier` failures to `later` cut them by less than a tenth.
    private static func stalls(from earlier: Int, to later: Int) -> Bool {
        later * 10 > earlier * 9
    }

    /// The tables to hide whole before any audit: those the primary rules leave mostly hidden.
    /// Such a table would show little (secondary hiding only takes more), while each of its
    /// hidden cells is one more number the tables adding it up must keep unrecoverable: at a
    /// health center of 250 respondents a quarter, keeping sites by roles hid most of the site and
    /// role tables and whole questions of the organisation's, and took five times as long, to
    /// show nothing of it.
    ///
    /// A nested table is mostly hidden when less than half its figures are shown: its many pairs
    /// of a handful of people cost both its margins. A single breakdown is when most of its
    /// groups large enough to show have less than half their answer counts other than zeros
    /// shown (or none is large enough): a few large sites among many tiny ones are shown, the
    /// tiny ones pooled. A network of 100,000 responses over 1,400 sites has its site table told
    /// so, where a probe of the audit took a second a quarter to find the same.
    func mostlyHidden(in tabulation: Tabulation) -> [BreakdownTable] {
        guard withholdsMostlyHidden else { return [] }
        return tables.filter { table in
            let groups = tabulation.groups[table] ?? []
            guard !groups.isEmpty, canCollapse(Part(table: table)) else { return false }
            var visibility = Visibility(nested: table.dimensions.count > 1)
            for group in groups { visibility.add(tabulation.positions(of: group), of: tabulation) }
            return visibility.isMostlyHidden
        }.sorted()
    }

    /// Each of `tables` (whose groups are `listed`) weighed through the primary rules without
    /// tabulating it whole, for a first release's withholding (`UpFrontWithholding`): whether
    /// `mostlyHidden` would name it in a tabulation of `tables`, and what its groups would protect
    /// were it withheld. Each table is
    /// tabulated a few hundred groups at a time. A national quarter's site-by-role table, withheld
    /// so, was three in four of its five million figures (84 MB).
    static func weighedUpFront(
        period: Period, counts: QuarterCounts, tables: [BreakdownTable], listed: QuarterGroups, catalogue: ReportCatalogue
    ) -> [(table: BreakdownTable, isMostlyHidden: Bool, protecting: WithheldGroups)] {
        tables.map { table in
            let nested = table.dimensions.count > 1
            var visibility = Visibility(nested: nested)
            var protecting = WithheldGroups()
            Tabulation.inBatches(of: table, among: tables, listed: listed, period: period, counts: counts, catalogue: catalogue) { batch in
                let groups = batch.groups[table] ?? []
                var weighed = Visibility(nested: nested)
                for group in groups { weighed.add(batch.positions(of: group), of: batch) }
                // Kept as the table would be withheld: every figure hidden, none as a complement.
                for position in batch.allPositions where batch.isShown(at: position) { batch.setSuppression(.failClosed, at: position) }
                return (weighed, WithheldGroups(Set(groups), of: batch))
            } merge: { weighed, withheld in
                visibility.add(weighed)
                protecting.absorb(withheld)
            }
            protecting.fit()
            // The organisation's table is never hidden whole.
            return (table, !table.dimensions.isEmpty && visibility.groups > 0 && visibility.isMostlyHidden, protecting)
        }
    }

    /// What `mostlyHidden` weighs of a table, gathered group by group.
    private struct Visibility: Sendable {
        /// Whether the table breaks its population down by more than one dimension.
        let nested: Bool
        /// Groups, and their figures shown and in all.
        var groups = 0
        var shown = 0
        var figures = 0
        /// Of a single breakdown, the groups whose size is shown, and of those the ones with less
        /// than half their answer counts other than zero shown.
        var listed = 0
        var blank = 0

        init(nested: Bool) {
            self.nested = nested
        }

        /// Adds the group whose figures are `run` in `tabulation`.
        mutating func add(_ run: Range<Int>, of tabulation: Tabulation) {
            groups += 1
            figures += run.count
            shown += run.lazy.filter(tabulation.isShown(at:)).count
            guard !nested, let size = run.first, tabulation.isShown(at: size) else { return }
            listed += 1
            // The answer counts say it: percentages follow them, and means go with any of them.
            // Zeros are left out: shown whenever the group is, they would make a row of hidden
            // answers look half shown (seven people leave most of a scale's answers at zero).
            let counts = run.filter { tabulation.measure(at: $0) == .count && tabulation.count(at: $0) > 0 }
            if counts.lazy.filter(tabulation.isShown(at:)).count * 2 < counts.count { blank += 1 }
        }

        /// Adds what `other` weighed of more of the table's groups.
        mutating func add(_ other: Visibility) {
            groups += other.groups
            shown += other.shown
            figures += other.figures
            listed += other.listed
            blank += other.blank
        }

        /// A nested table is mostly hidden when less than half its figures are shown; a single
        /// breakdown when most of its groups large enough to show are blank, or none is.
        var isMostlyHidden: Bool {
            nested ? shown * 2 < figures : listed == 0 || blank * 2 > listed
        }
    }

    /// Whether the deepest table `group` is published in can still be hidden whole (never the
    /// organisation's).
    func canCollapse(tableOf group: GroupKey) -> Bool {
        tablesByGroup[group].map { canCollapse(Part(table: $0)) } ?? false
    }

    /// Whether `part` is not hidden yet, neither by itself nor with its whole table.
    func canCollapse(_ part: Part) -> Bool {
        !collapsed.contains(part) && !collapsed.contains(Part(table: part.table))
    }

    /// Records that `part` is hidden whole; the rounds before it say nothing about the loop after.
    mutating func record(_ part: Part) {
        collapsed.insert(part)
        rounds = []
    }

    /// Starts the history afresh without hiding anything (when the loop picks a table part to hide
    /// on its own, or the audit changes mode).
    mutating func forgetRounds() {
        rounds = []
    }

    /// Per table, the failures and the audited findings proven by moves (the only ones the table
    /// rules weigh).
    private func certifiedByTable(
        _ failures: [QuarterAuditor.Finding], among audited: some Sequence<QuarterAuditor.Finding>
    ) -> (failing: [BreakdownTable: Int], audited: [BreakdownTable: Int]) {
        (countByTable(failures.lazy.filter(\.isCertified)), countByTable(audited.lazy.filter(\.isCertified)))
    }

    private func countByTable(_ findings: some Sequence<QuarterAuditor.Finding>) -> [BreakdownTable: Int] {
        // A system's findings come group by group: each run of one group is looked up and counted
        // once, where hashing a group and a table for every finding was a twentieth of the audit
        // rounds of a small file spread over many sites.
        var counts: [BreakdownTable: Int] = [:]
        var group: GroupKey?
        var table: BreakdownTable?
        var length = 0
        for finding in findings {
            if finding.quantity.group == group {
                length += 1
                continue
            }
            if let table { counts[table, default: 0] += length }
            group = finding.quantity.group
            table = tablesByGroup[finding.quantity.group]
            length = 1
        }
        if let table { counts[table, default: 0] += length }
        return counts
    }
}
