/// Secondary suppression for one quarter (R4, R5): hide more figures until no hidden number can be
/// recovered, proven by the attacker audit; if that cannot be reached, hide the whole question (or
/// everything): fail closed.
struct SecondarySuppression {
    var tabulation: Tabulation
    let model: QuarterModel
    /// Figures published by earlier releases of the same data, which the attacker also has.
    let earlier: [Functional: Int]
    /// Numbers earlier releases of the same data hid for their own sake.
    var earlierProtected: [ProtectedQuantity] = []
    let groupThreshold: Int

    /// Rounds of "audit, hide one more figure per failing system" before failing closed.
    static let maximumRounds = 200

    mutating func run() {
        hideDerivedPools()
        for _ in 0..<Self.maximumRounds {
            let failures = auditFailures()
            guard let failure = failures.first else { return }
            // One more figure per round, then audit again: the smallest change that might suffice.
            if let candidate = complementCandidate(for: failure) {
                hide(candidate, .complementary)
            } else if !failClosed(failure.functional.system) {
                break
            }
        }
        // Fail closed: nothing of this quarter is shown if the audit cannot be satisfied.
        if !auditFailures().isEmpty {
            hideEverything()
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
        let period = tabulation.entries.keys.first?.period ?? Period(year: 2000, quarter: 1)!
        return FigureKey(period: period, group: group, measure: .respondents)
    }

    private func count(of group: GroupKey) -> Int {
        tabulation.entries[respondentsKey(group)]?.figure.count ?? 0
    }

    // MARK: Level B: the audit

    private var auditor: QuarterAuditor {
        QuarterAuditor(tabulation: tabulation, model: model, earlier: earlier, earlierProtected: earlierProtected)
    }

    private func auditFailures() -> [ProtectedQuantity] {
        auditor.findings().filter { !$0.isSafe }.map(\.quantity)
    }

    // MARK: Choosing what else to hide

    /// A shown figure to hide so the failing quantity is no longer pinned: one that shares a
    /// published relation with it (a sibling in the parent's total, another option of the group),
    /// preferring interior cells to totals, then smaller values, then a stable key; never a zero
    /// of a question whose zeros are always shown, nor a singleton while another choice exists.
    private func complementCandidate(for failure: ProtectedQuantity) -> FigureKey? {
        let system = failure.functional.system
        let target = Set(model.variables(of: failure.functional, in: system))
        let relations = auditor.published(in: system).map { Set(model.variables(of: $0, in: system)) }.filter { !$0.isDisjoint(with: target) }
        var candidates: [(key: FigureKey, disjoint: Bool, depth: Int, value: Int)] = []
        for key in tabulation.entries.keys.sorted() {
            guard let entry = tabulation.entries[key], entry.figure.isShown, let functional = entry.functionals.first,
                [.count, .answered, .respondents, .favorablePercent].contains(key.measure),
                functional.system == system || functional.system == .respondents
            else { continue }
            if entry.figure.count == 0 && !entry.isSensitive && key.measure == .count { continue }
            let variables = Set(model.variables(of: functional, in: system))
            guard !variables.isEmpty, relations.contains(where: { $0.isSuperset(of: variables) || !$0.isDisjoint(with: variables) }) else { continue }
            candidates.append((key, variables.isDisjoint(with: target), key.group.conditions.count, entry.figure.count))
        }
        let nonSingletons = candidates.filter { $0.value != 1 }
        let pool = nonSingletons.isEmpty ? candidates : nonSingletons
        // Hiding a whole group (its size) is the last resort in a question's system.
        func rank(_ candidate: (key: FigureKey, disjoint: Bool, depth: Int, value: Int)) -> (Int, Int, Int, Int, FigureKey) {
            let wholeGroup = candidate.key.measure == .respondents && system != .respondents ? 1 : 0
            return (wholeGroup, candidate.disjoint ? 0 : 1, -candidate.depth, candidate.value, candidate.key)
        }
        return pool.min { rank($0) < rank($1) }?.key
    }

    private mutating func hide(_ key: FigureKey, _ reason: Figure.Suppression) {
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
        for key in tabulation.entries.keys where key.group == group && tabulation.entries[key]?.figure.isShown == true {
            tabulation.entries[key]?.figure.suppression = reason
        }
    }

    /// Hides every figure of a system (for group sizes, of the quarter); false when nothing was
    /// left to hide, so the caller can stop.
    private mutating func failClosed(_ system: AuditSystemID) -> Bool {
        var changed = false
        for key in tabulation.entries.keys {
            guard let entry = tabulation.entries[key], entry.figure.isShown else { continue }
            let belongs: Bool
            switch system {
            case .respondents: belongs = true
            case let .question(id), let .multiOption(id, _): belongs = key.question == id
            }
            if belongs || entry.functionals.contains(where: { $0.system == system }) {
                tabulation.entries[key]?.figure.suppression = .failClosed
                changed = true
            }
        }
        return changed
    }

    private mutating func hideEverything() {
        for key in tabulation.entries.keys where tabulation.entries[key]?.figure.isShown == true {
            tabulation.entries[key]?.figure.suppression = .failClosed
        }
    }
}
