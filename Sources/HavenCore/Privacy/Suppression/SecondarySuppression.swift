/// Secondary suppression for one quarter (R4, R5): hide more figures until no hidden number can be
/// recovered, proven by the attacker audit; if that cannot be reached, hide the whole question, and
/// if even that fails, the whole quarter (`failedClosed`): fail closed.
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
    /// How many quantities proven by moves failed in the latest round, to tell a stalled loop.
    private var previousCertifiedFailures: Int?
    /// Parts of tables hidden whole.
    private var collapsed: Set<TablePart> = []

    /// Rounds of "audit, hide more" before failing closed.
    static let maximumRounds = 200

    init(tabulation: Tabulation, model: QuarterModel, earlier: EarlierKnowledge, groupThreshold: Int, exactLimit: Int = QuarterAuditor.exactLimit) {
        self.exactLimit = exactLimit
        self.tabulation = tabulation
        self.model = model
        self.earlier = earlier
        self.groupThreshold = groupThreshold
    }

    mutating func run() {
        hideDerivedPools()
        hideCellPools()
        // The insider re-run is the costly part of an audit and rarely fails where the plain audit
        // passes, so the loop first clears the plain audit, then audits again with insiders.
        var insiders = false
        for _ in 0..<Self.maximumRounds {
            let failures = auditFailures(insiders: insiders)
            guard let first = failures.first?.quantity else {
                if insiders { return }
                insiders = true
                stale = nil
                findings = [:]
                continue
            }
            let hopeless = hopelessParts(failures)
            if !hopeless.isEmpty {
                hopeless.forEach { collapse($0) }
                continue
            }
            // One more figure per failing quantity (§4.3 B), unless a figure picked this round for
            // another one could already free it: that keeps the extra hiding small.
            var picked: [FigureKey] = []
            var pickedSet: Set<FigureKey> = []
            var candidatesBySystem: [AuditSystemID: ComplementCandidates] = [:]
            for finding in failures {
                let failure = finding.quantity
                let system = failure.functional.system
                let candidates = candidatesBySystem[system, default: ComplementCandidates(
                    system: system, tabulation: tabulation, model: model, published: auditor.published(in: system))
                ].ranked(for: model.variables(of: failure.functional, in: system), nearestFirst: finding.isCertified)
                if let candidate = candidates.first, !candidates.contains(where: pickedSet.contains) {
                    picked.append(candidate)
                    pickedSet.insert(candidate)
                }
            }
            if picked.isEmpty {
                if let table = tablesByGroup()[first.key.group], !collapsed.contains(TablePart(table: table, system: first.functional.system)) {
                    collapse(TablePart(table: table, system: first.functional.system))
                    continue
                }
                guard failClosed(first.functional.system) else { break }
            }
            for key in picked {
                hide(key, .complementary)
            }
        }
        stale = nil
        findings = [:]
        if !auditFailures(insiders: true).isEmpty {
            hideEverything()
            failedClosed = true
        }
    }

    // MARK: Level A: derived pools of group sizes

    /// For every shown parent and the shown children of one breakdown, the remainder (parent minus
    /// shown children, respondents who skipped the dimension included) must be empty or at least
    /// the threshold; otherwise the smallest shown child is hidden too, and so on.
    private mutating func hideDerivedPools() {
        for (parent, children) in families() {
            while let parentEntry = tabulation.entries[respondentsKey(parent)], parentEntry.figure.isShown {
                let shown = children.filter { tabulation.entries[respondentsKey($0)]?.figure.isShown == true }
                let pool = parentEntry.figure.count - shown.reduce(0) { $0 + (tabulation.entries[respondentsKey($1)]?.figure.count ?? 0) }
                guard pool > 0, pool < groupThreshold,
                    let smallest = shown.min(by: { (count(of: $0), $0) < (count(of: $1), $1) })
                else { break }
                hideGroup(smallest, .complementary)
            }
        }
    }

    // MARK: Level A for counts, in tables too large for the exact audit

    /// Hides what the cell-level pool rule shows the audit would force (`CellPools`), until every
    /// published total passes it. Only where the systems are too large for the exact audit: there
    /// each round of the loop costs a search per protected quantity, and national tables would need
    /// dozens of rounds to find the same figures one at a time. Smaller tables keep the loop's own picks.
    private mutating func hideCellPools() {
        guard model.merged.count * SystemLayout.smallestChoice.categoryCount > exactLimit else { return }
        let pools = CellPools(tabulation: tabulation, groupFamilies: families())
        for _ in 0..<Self.maximumRounds {
            let needed = Dictionary(auditor.protected.compactMap { quantity -> (FigureKey, Int)? in
                guard quantity.key.measure == .count, quantity.functional == tabulation.entries[quantity.key]?.functionals.first else { return nil }
                return (quantity.key, quantity.neededUpper)
            }, uniquingKeysWith: max)
            let picks = pools.picks(in: tabulation, needed: needed)
            if picks.isEmpty { return }
            for key in picks { hide(key, .complementary) }
        }
    }

    /// Each group with the groups that partition it in one table (a breakdown's values, or a nested
    /// pair's inner values within an outer value, or its outer values within an inner value).
    private func families() -> [(GroupKey, [GroupKey])] {
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
        tabulation.entries[respondentsKey(group)]?.figure.count ?? 0
    }

    // MARK: Level B: the audit

    private var auditor: QuarterAuditor {
        QuarterAuditor(tabulation: tabulation, model: model, earlier: earlier, exactLimit: exactLimit)
    }

    /// The failing quantities, system by system; only systems whose figures changed are audited again.
    private mutating func auditFailures(insiders: Bool) -> [QuarterAuditor.Finding] {
        let fresh = auditor.findings(in: stale, insiders: insiders, settled: findings)
        if stale == nil {
            findings = fresh
        } else {
            for system in stale ?? [] { findings[system] = fresh[system] }
        }
        stale = []
        return findings.keys.sorted().flatMap { findings[$0] ?? [] }.filter { !$0.isSafe }
    }

    // MARK: Hiding a table whole

    /// One question's system (or the group sizes) within one table: what is hidden whole.
    private struct TablePart: Hashable, Comparable {
        var table: BreakdownTable
        var system: AuditSystemID

        static func < (lhs: TablePart, rhs: TablePart) -> Bool {
            (lhs.table, lhs.system) < (rhs.table, rhs.system)
        }
    }

    /// The parts of tables to hide whole (the specification's "if the loop does not converge,
    /// hide the table"), when quantities proven by moves fail in their thousands: most of a
    /// part's at once, or in a round after which hardly fewer fail. Each round costs a search per
    /// failing quantity there, and picking one figure per failure would take dozens of rounds to
    /// end with the table mostly hidden anyway. Never the organisation's table (hiding that is
    /// failing the quarter).
    private mutating func hopelessParts(_ failures: [QuarterAuditor.Finding]) -> [TablePart] {
        let certifiedFailures = failures.filter(\.isCertified)
        defer { previousCertifiedFailures = certifiedFailures.count }
        guard certifiedFailures.count >= hopelessFailures else { return [] }
        let stalled = previousCertifiedFailures.map { certifiedFailures.count * 10 > $0 * 9 } ?? false
        let tables = tablesByGroup()
        func byPart(_ findings: [QuarterAuditor.Finding]) -> [TablePart: Int] {
            var counts: [TablePart: Int] = [:]
            for finding in findings {
                guard let table = tables[finding.quantity.key.group] else { continue }
                counts[TablePart(table: table, system: finding.quantity.functional.system), default: 0] += 1
            }
            return counts
        }
        let certified = byPart(findings.values.joined().filter(\.isCertified))
        return byPart(certifiedFailures)
            .filter { part, failing in
                !collapsed.contains(part) && failing * 30 >= hopelessFailures && (stalled || failing * 2 > certified[part, default: 0])
            }
            .keys.sorted()
    }

    /// Failures of quantities proven by moves in a quarter, from which a table may be hidden
    /// whole (a question's part of it needs a thirtieth of them); the static value unless a test
    /// lowers it.
    var hopelessFailures = SecondarySuppression.hopelessFailures
    static let hopelessFailures = 3000

    /// Each group's deepest table, unless that is the organisation's.
    private func tablesByGroup() -> [GroupKey: BreakdownTable] {
        var tables: [GroupKey: BreakdownTable] = [:]
        for (table, groups) in tabulation.groups where !table.dimensions.isEmpty {
            for group in groups {
                if let known = tables[group], (known.dimensions.count, table) > (table.dimensions.count, known) { continue }
                tables[group] = table
            }
        }
        return tables
    }

    /// Hides every figure of `part`'s system in its table's groups.
    private mutating func collapse(_ part: TablePart) {
        collapsed.insert(part)
        previousCertifiedFailures = nil
        for group in tabulation.groups[part.table] ?? [] {
            guard part.system != .respondents else {
                hideGroup(group, .failClosed)
                continue
            }
            for key in tabulation.keys(of: group) where tabulation.entries[key]?.figure.isShown == true && belongs(key, to: part.system) {
                touch(key)
                tabulation.entries[key]?.figure.suppression = .failClosed
            }
        }
    }

    /// Whether hiding `system` whole hides `key`: every figure, for the group sizes; else the
    /// figures of the same question and any figure with a linear form in the system.
    private func belongs(_ key: FigureKey, to system: AuditSystemID) -> Bool {
        switch system {
        case .respondents: return true
        case let .question(id), let .multiOption(id, _):
            return key.question == id || tabulation.entries[key]?.functionals.contains { $0.system == system } == true
        }
    }

    /// Records that `key`'s systems must be audited again (every system, for a group size).
    private mutating func touch(_ key: FigureKey) {
        guard key.measure != .respondents, let systems = tabulation.entries[key]?.functionals.map(\.system) else {
            stale = nil
            return
        }
        stale?.formUnion(systems)
    }

    private mutating func hide(_ key: FigureKey, _ reason: Figure.Suppression) {
        touch(key)
        if key.measure == .respondents {
            hideGroup(key.group, reason)
            return
        }
        tabulation.entries[key]?.figure.suppression = reason
        if key.measure == .count {
            let percent = FigureKey(period: key.period, group: key.group, question: key.question, measure: .percent, option: key.option)
            if tabulation.entries[percent]?.figure.isShown == true {
                tabulation.entries[percent]?.figure.suppression = .derived
            }
        }
    }

    private mutating func hideGroup(_ group: GroupKey, _ reason: Figure.Suppression) {
        stale = nil
        for key in tabulation.keys(of: group) where tabulation.entries[key]?.figure.isShown == true {
            tabulation.entries[key]?.figure.suppression = reason
        }
    }

    /// Hides every figure of a system (for group sizes, of the quarter); false when nothing was
    /// left to hide, so the caller can stop.
    private mutating func failClosed(_ system: AuditSystemID) -> Bool {
        stale = nil
        var changed = false
        for key in tabulation.orderedKeys where tabulation.entries[key]?.figure.isShown == true && belongs(key, to: system) {
            tabulation.entries[key]?.figure.suppression = .failClosed
            changed = true
        }
        return changed
    }

    private mutating func hideEverything() {
        for key in tabulation.orderedKeys where tabulation.entries[key]?.figure.isShown == true {
            tabulation.entries[key]?.figure.suppression = .failClosed
        }
    }
}
