/// Secondary suppression for one quarter (R4, R5): hide more figures until no hidden number can be
/// recovered, proven by the attacker audit. Where that cannot be reached cell by cell, fail closed
/// step by step (`TableCollapse`): a question's part of its table, then of the tables adding it up,
/// then the whole question, and if even that fails, the whole quarter (`failedClosed`).
struct SecondarySuppression {
    var tabulation: Tabulation
    let model: QuarterModel
    /// What earlier releases of the same data published.
    let earlier: EarlierKnowledge
    let groupThreshold: Int
    /// See `QuarterAuditor.exactLimit`.
    let exactLimit: Int
    /// Whether the audit could not be satisfied and the whole quarter must be withheld.
    private(set) var failedClosed = false

    /// The latest audit of each system (in the current mode: with or without insiders), and the
    /// systems whose figures changed since.
    private var findings: [AuditSystemID: [QuarterAuditor.Finding]] = [:]
    private var stale: Set<AuditSystemID>?
    /// When a table is hidden whole instead of cell by cell.
    var collapse: TableCollapse
    /// The auditor's protected quantities, kept between audits: listing them walks every figure
    /// (millions in a national quarter, seconds each time), and hiding a figure as a complement
    /// neither protects anything new nor hides a group's size. Hiding within a few groups has
    /// their quantities listed again (`regrouped`); hiding across a system clears it.
    private var protectedQuantities: [ProtectedQuantity]?
    /// Groups with figures hidden, other than as complements, since `protectedQuantities` was listed.
    private var regrouped: Set<GroupKey> = []
    /// The groups of the tables hidden whole, their figures gone from the tabulation (see
    /// `QuarterAuditor.withheld`).
    private var withheld = WithheldGroups()
    /// The verdict of a probe made before tabulating (`UpFrontWithholding`), which `run` takes
    /// instead of probing again; nil when none was made.
    var probedUpFront: Bool?
    /// `families(of: tabulation)`, listed once: the tabulation's groups never change.
    private let groupFamilies: [(GroupKey, [GroupKey])]

    /// The tables hidden whole, every figure of every group.
    var tablesHiddenWhole: [BreakdownTable] {
        collapse.collapsed.filter { $0.system == nil }.map(\.table).sorted()
    }

    /// Rounds of "audit, hide more" before failing closed.
    static let maximumRounds = 200

    init(tabulation: Tabulation, model: QuarterModel, earlier: EarlierKnowledge, groupThreshold: Int, exactLimit: Int = QuarterAuditor.exactLimit) {
        self.exactLimit = exactLimit
        self.tabulation = tabulation
        self.model = model
        self.earlier = earlier
        self.groupThreshold = groupThreshold
        collapse = TableCollapse(tabulation: tabulation)
        groupFamilies = Self.families(of: tabulation)
    }

    /// Records `tables` as hidden whole before tabulating (`UpFrontWithholding`): the
    /// tabulation lists their groups without figures, and `withheld` holds what they protect.
    mutating func withheldBeforehand(_ tables: [BreakdownTable], _ withheld: WithheldGroups) {
        for table in tables { collapse.record(TableCollapse.Part(table: table)) }
        self.withheld.absorb(withheld)
    }

    mutating func run() {
        collapse.mostlyHidden(in: tabulation).forEach { hideWhole(TableCollapse.Part(table: $0)) }
        hideDerivedPools()
        // The probe goes before the cell pools: a table it hides whole needs none of their picks,
        // and a national quarter's site table took 21,000 of them, every one wasted.
        var insiders = probeLargeTables()
        hideCellPools()
        // The insider re-run is the costly part of an audit and rarely fails where the plain audit
        // passes, so the loop first clears the plain audit, then audits again with insiders. When a
        // probe of large tables found its last sample clear, the plain audit would most likely pass
        // too (the pools only hide more), and in a national quarter building each system's model
        // is most of an audit's cost: the loop starts with insiders.
        for _ in 0..<Self.maximumRounds {
            let failures = auditFailures(insiders: insiders)
            guard !failures.isEmpty else {
                if insiders { return }
                insiders = true
                stale = nil
                findings = [:]
                collapse.forgetRounds()
                continue
            }
            collapse.recordRound(failures)
            let hopeless = collapse.hopelessTables(failures, among: findings.values.joined())
            if !hopeless.isEmpty {
                hopeless.forEach { hideWhole(TableCollapse.Part(table: $0)) }
                continue
            }
            let picked = complements(for: failures)
            if picked.isEmpty || collapse.isStuck {
                collapse.forgetRounds()
                guard climb(failures) else { break }
                continue
            }
            for position in picked {
                hideComplement(position)
            }
        }
        stale = nil
        findings = [:]
        if !auditFailures(insiders: true).isEmpty {
            hideEverything()
            failedClosed = true
        }
    }

    /// One step up for every failing system: its part of the next table (`TableCollapse.nextParts`),
    /// or the whole system when no table is left. False when nothing was left to hide.
    private mutating func climb(_ failures: [QuarterAuditor.Finding]) -> Bool {
        var changed = false
        for (system, part) in collapse.nextParts(for: failures) {
            if let part {
                hideWhole(part)
                changed = true
            } else if failClosed(system) {
                changed = true
            }
        }
        return changed
    }

    /// One more figure per failing quantity (§4.3 B), unless a figure picked for another one could
    /// already free it: that keeps the extra hiding small.
    private func complements(for failures: [QuarterAuditor.Finding]) -> [Int] {
        var picked: [Int] = []
        var pickedSet: Set<Int> = []
        var candidatesBySystem: [AuditSystemID: ComplementCandidates] = [:]
        // A system's index is let go after its last failure (failures come system by system): a
        // small file spread over many sites held thirty systems' indexes at once, 37 MB.
        let lastFailure = Dictionary(failures.enumerated().map { ($1.quantity.system, $0) }) { $1 }
        let auditor = auditor
        for (index, finding) in failures.enumerated() {
            let failure = finding.quantity
            let system = failure.system
            defer { if lastFailure[system] == index { candidatesBySystem[system] = nil } }
            let target = model.variables(of: failure.functional, in: system)
            // In a small system the organisation's totals tie every figure to every failure, so
            // after its first pick the rest are passed over: told without ranking them all.
            if !finding.isCertified, let known = candidatesBySystem[system], picked.contains(where: { known.surelyOffers($0, for: target) }) {
                continue
            }
            let candidates = candidatesBySystem[system, default: ComplementCandidates(
                system: system, tabulation: tabulation, model: model, published: auditor.published(in: system))
            ].ranked(for: target, nearestFirst: finding.isCertified)
            if let candidate = candidates.first, !candidates.contains(where: pickedSet.contains) {
                picked.append(candidate)
                pickedSet.insert(candidate)
            }
        }
        return picked
    }

    // MARK: Level A: derived pools of group sizes

    /// For every shown parent and the shown children of one breakdown, the remainder (parent minus
    /// shown children, respondents who skipped the dimension included) must be empty or at least
    /// the threshold; otherwise the smallest shown child is hidden too, and so on.
    private mutating func hideDerivedPools() {
        for (parent, children) in listedFamilies {
            while let parentEntry = tabulation[respondentsKey(parent)], parentEntry.figure.isShown {
                let shown = children.filter { tabulation[respondentsKey($0)]?.figure.isShown == true }
                let pool = parentEntry.figure.count - shown.reduce(0) { $0 + count(of: $1) }
                guard pool > 0, pool < groupThreshold,
                    let smallest = shown.min(by: { (count(of: $0), $0) < (count(of: $1), $1) })
                else { break }
                hideGroup(smallest, .complementary)
            }
        }
    }

    // MARK: Level A for counts

    /// Hides what the cell-level pool rule shows the audit would force (`CellPools`), until every
    /// published total passes it, at every size: the loop would reach the same need one round at a
    /// time (a national table in dozens of rounds of a search per protected quantity), and its picks
    /// for several failures at once may land outside the breaking total and hide more (the golden
    /// reports show 8 and 22 more figures with the pools than without).
    private mutating func hideCellPools() {
        let pools = CellPools(tabulation: tabulation, groupFamilies: listedFamilies)
        for _ in 0..<Self.maximumRounds {
            let picks = pools.picks(in: tabulation, needed: CellPools.requirements(keptAuditor().protected, in: tabulation))
            if picks.isEmpty { return }
            for position in picks { hideComplement(position) }
        }
    }

    /// The families with a group outside the tables hidden whole. A family all hidden whole can
    /// never offer a figure to hide, whatever its parent's size (its figures stay hidden): a
    /// national quarter's site-by-role table, withheld up front, held most of the families and
    /// nine in ten of the pairs the cell pools walk.
    private var listedFamilies: [(GroupKey, [GroupKey])] {
        groupFamilies.filter { !$0.1.allSatisfy(withheld.contains) }
    }

    /// Each group with the groups that partition it in one table (a breakdown's values, or a nested
    /// pair's inner values within an outer value, or its outer values within an inner value).
    private static func families(of tabulation: Tabulation) -> [(GroupKey, [GroupKey])] {
        var families: [GroupKey: Set<GroupKey>] = [:]
        for groups in tabulation.groups.values {
            for group in groups {
                for (index, _) in group.conditions.enumerated() {
                    var parent = group.conditions
                    parent.remove(at: index)
                    families[GroupKey(parent), default: []].insert(group)
                }
            }
        }
        // A family holds only children that differ from the parent in the same dimension.
        return families.sorted { $0.key < $1.key }.flatMap { parent, children -> [(GroupKey, [GroupKey])] in
            let byDimension = Dictionary(grouping: children) { child in
                child.conditions.first { !parent.conditions.contains($0) }?.dimension ?? ""
            }
            return byDimension.sorted { $0.key < $1.key }.map { (parent, $0.value.sorted()) }
        }
    }

    private func respondentsKey(_ group: GroupKey) -> FigureKey {
        FigureKey(period: tabulation.period, group: group, measure: .respondents)
    }

    private func count(of group: GroupKey) -> Int {
        tabulation[respondentsKey(group)]?.figure.count ?? 0
    }

    // MARK: Level B: the audit

    private var auditor: QuarterAuditor {
        var auditor = QuarterAuditor(tabulation: tabulation, model: model, earlier: earlier, exactLimit: exactLimit)
        auditor.withheld = withheld
        return auditor
    }

    /// The auditor, with the protected quantities listed once, then updated group by group.
    private mutating func keptAuditor() -> QuarterAuditor {
        var auditor = auditor
        if let listed = protectedQuantities.take() {
            protectedQuantities = regrouped.isEmpty ? listed : auditor.protected(updating: listed, in: regrouped)
        } else {
            protectedQuantities = auditor.protected
        }
        regrouped = []
        auditor.knownProtected = protectedQuantities
        return auditor
    }

    /// The failing quantities, system by system; only systems whose figures changed are audited again.
    private mutating func auditFailures(insiders: Bool) -> [QuarterAuditor.Finding] {
        // The systems audited again hand their last findings over, to be let go system by system
        // as the audit goes: kept beside the fresh ones, a national quarter's are held twice.
        var settled: [AuditSystemID: [QuarterAuditor.Finding]] = [:]
        if let stale {
            for system in stale { settled[system] = findings.removeValue(forKey: system) }
        } else {
            swap(&settled, &findings)
        }
        findings.merge(keptAuditor().findings(in: stale, insiders: insiders, settled: settled)) { $1 }
        stale = []
        // Filtered system by system: a national quarter's findings all together take 400 MB.
        return findings.keys.sorted().flatMap { (findings[$0] ?? []).filter { !$0.isSafe } }
    }

    // MARK: Hiding a table whole

    /// Before the first full audit of tables too large for the exact LP, a sample of their
    /// protected quantities is audited (`ProbePlan`), and tables where most of the sample fails are
    /// hidden whole at once (`hopelessTables`): a full round would cost minutes only to confirm it.
    /// The sampled systems are audited `ProbePlan.probeBatch` questions at a time (the group sizes
    /// with the first), and the probe stops once the sample settles every table (`isSettled`): each
    /// system costs a model over every atom of the quarter, and a national quarter's site table,
    /// with three in four of its sample failing, is told by its first two.
    /// Probed again after each hiding, as only the deepest hopeless tables go at a time: hiding a
    /// nested table may free its margins' cells, or leave a table of small sites failing in turn.
    /// True when the last sample had no failure at all (in the tables that could still be hidden).
    /// A first release probes before tabulating whole, each batch on a tabulation of its own
    /// questions (`UpFrontWithholding`), and its verdict is `probedUpFront`.
    private mutating func probeLargeTables() -> Bool {
        if let probedUpFront { return probedUpFront }
        guard Self.isLarge(model, exactLimit: exactLimit) else { return false }
        while true {
            let probe = probeOnce()
            if probe.hopeless.isEmpty { return probe.isClear }
            probe.hopeless.forEach { hideWhole(TableCollapse.Part(table: $0)) }
        }
    }

    /// Whether some question's system of `model` has more unknowns than the exact audit takes.
    static func isLarge(_ model: QuarterModel, exactLimit: Int) -> Bool {
        model.mergedCount * SystemLayout.smallestChoice.categoryCount > exactLimit
    }

    /// One probe (see `probeLargeTables`): the tables to hide whole, and whether the last sample
    /// had no failure at all. A function of its own so that its auditor, which shares the
    /// tabulation, is gone before anything is hidden: kept alive, the first figure hidden copied
    /// every figure of the quarter (80 MB in a national one).
    private mutating func probeOnce() -> (hopeless: [BreakdownTable], isClear: Bool) {
        var auditor = keptAuditor()
        let numbered = QuarterAuditor.systemNumbers(of: auditor.protected)
        auditor.knownSystemNumbers = numbered
        var perNumber = [Int](repeating: 0, count: numbered.systems.count)
        for number in numbered.numbers { perNumber[Int(number)] += 1 }
        // The withheld groups' quantities count as they did when listed among the others.
        let counts = Dictionary(uniqueKeysWithValues: zip(numbered.systems, perNumber)).merging(withheld.quantitiesBySystem, uniquingKeysWith: +)
        return probe(ProbePlan(counts: counts), by: auditor)
    }

    /// The findings of a first release's probe of `batch` (see `UpFrontWithholding`), made on a
    /// tabulation of the group sizes and `batch`'s questions alone through the same steps as `run`
    /// takes before its probe. `plan` is of the whole quarter's quantities.
    /// `tabulation`, of the same groups, replaces this one's first: each batch has its own, and
    /// the groups' families and table rules are found once.
    mutating func probeFindings(of batch: [AuditSystemID], in plan: ProbePlan, on tabulation: consuming Tabulation) -> [AuditSystemID: [QuarterAuditor.Finding]] {
        self.tabulation = tabulation
        protectedQuantities = nil
        regrouped = []
        hideDerivedPools()
        return Self.probeFindings(of: batch, in: plan, by: keptAuditor(), collapse: collapse)
    }

    /// Audits `plan`'s sample with `auditor`.
    private func probe(_ plan: ProbePlan, by auditor: QuarterAuditor) -> (hopeless: [BreakdownTable], isClear: Bool) {
        Self.probe(plan, collapse: collapse) { [collapse] batch in Self.probeFindings(of: batch, in: plan, by: auditor, collapse: collapse) }
    }

    /// The sampled findings of `batch`: only quantities of tables that can still be hidden whole,
    /// as failures elsewhere cannot change what the probe decides, and a national quarter's
    /// site-by-role table, withheld up front, held nineteen in twenty of the sample.
    private static func probeFindings(
        of batch: [AuditSystemID], in plan: ProbePlan, by auditor: QuarterAuditor, collapse: TableCollapse
    ) -> [AuditSystemID: [QuarterAuditor.Finding]] {
        auditor.findings(in: Set(batch), insiders: false, sampledEvery: plan.stride) { collapse.canCollapse(tableOf: $0.group) }
    }

    /// Audits `plan`'s sample, a batch of systems at a time (`findings`), until it settles every
    /// table `collapse` can still hide whole: the tables to hide whole, and whether the sample had
    /// no failure at all.
    static func probe(
        _ plan: ProbePlan, collapse: TableCollapse, findings: ([AuditSystemID]) -> [AuditSystemID: [QuarterAuditor.Finding]]
    ) -> (hopeless: [BreakdownTable], isClear: Bool) {
        var sample: [QuarterAuditor.Finding] = []
        var failing: [QuarterAuditor.Finding] = []
        var hopeless: [BreakdownTable] = []
        var probed = 0
        var rest = plan.sampled[...]
        while !rest.isEmpty {
            let batch = ProbePlan.nextBatch(of: &rest)
            let found = findings(batch)
            for system in batch { sample += found[system] ?? [] }
            failing = sample.filter { !$0.isSafe }
            probed += batch.reduce(0) { $0 + plan.counts[$1, default: 0] }
            hopeless = collapse.hopelessTables(failing, among: sample, scale: plan.stride * max(1, plan.total / max(probed, 1)))
            if collapse.isSettled(failing, among: sample) { break }
        }
        return (hopeless, failing.isEmpty)
    }

    /// Hides every figure of `part`'s system (of every system, when nil) in its table's groups.
    private mutating func hideWhole(_ part: TableCollapse.Part) {
        collapse.record(part)
        let groups = tabulation.groups[part.table] ?? []
        regrouped.formUnion(groups)
        for group in groups {
            guard let system = part.system, system != .respondents else {
                hideGroup(group, .failClosed)
                continue
            }
            for position in tabulation.positions(of: group) where tabulation.isShown(at: position) && belongs(position, to: system) {
                touch(position)
                tabulation.setSuppression(.failClosed, at: position)
            }
        }
        if part.system == nil { withhold(groups) }
    }

    /// Drops the figures of `groups`, all hidden, from the tabulation (`WithheldGroups`): a table
    /// hidden whole is listed nowhere, and a national quarter's site-by-role table held three in
    /// four of its figures. Positions move, so the protected quantities are listed afresh.
    private mutating func withhold(_ groups: [GroupKey]) {
        withheld.withhold(Set(groups), from: &tabulation)
        protectedQuantities = nil
        regrouped = []
    }

    /// Whether hiding `system` whole hides the figure at `position`: every figure, for the group
    /// sizes; else the figures of the same question and any figure with a linear form in the system.
    private func belongs(_ position: Int, to system: AuditSystemID) -> Bool {
        switch system {
        case .respondents: return true
        case let .question(id), let .multiOption(id, _):
            return tabulation.question(at: position) == id || tabulation.systems(at: position).contains(system)
        }
    }

    /// Records that the systems of the figure at `position` must be audited again (every system,
    /// for a group size).
    private mutating func touch(_ position: Int) {
        guard tabulation.measure(at: position) != .respondents else {
            stale = nil
            return
        }
        stale?.formUnion(tabulation.systems(at: position))
    }

    /// Hides the figure at `position` as a complement, with its percentage. The kept protected
    /// quantities stay valid: a complement protects nothing new, and a group's size goes through
    /// `hideGroup`.
    private mutating func hideComplement(_ position: Int) {
        touch(position)
        let key = tabulation.key(at: position)
        if key.measure == .respondents {
            hideGroup(key.group, .complementary)
            return
        }
        tabulation.setSuppression(.complementary, at: position)
        if key.measure == .count {
            let percent = FigureKey(period: key.period, group: key.group, question: key.question, measure: .percent, option: key.option)
            if tabulation[percent]?.figure.isShown == true {
                tabulation.setSuppression(.derived, of: percent)
            }
        }
    }

    private mutating func hideGroup(_ group: GroupKey, _ reason: Figure.Suppression) {
        stale = nil
        regrouped.insert(group)
        for position in tabulation.positions(of: group) where tabulation.isShown(at: position) {
            tabulation.setSuppression(reason, at: position)
        }
    }

    /// Hides every figure of a system (for group sizes, of the quarter); false when nothing was
    /// left to hide, so the caller can stop.
    private mutating func failClosed(_ system: AuditSystemID) -> Bool {
        stale = nil
        protectedQuantities = nil
        var changed = false
        for position in tabulation.allPositions where tabulation.isShown(at: position) && belongs(position, to: system) {
            tabulation.setSuppression(.failClosed, at: position)
            changed = true
        }
        return changed
    }

    private mutating func hideEverything() {
        protectedQuantities = nil
        for position in tabulation.allPositions where tabulation.isShown(at: position) {
            tabulation.setSuppression(.failClosed, at: position)
        }
    }
}
