/// The cell-level pool rule: a necessary condition of the audit, checked one published total at a
/// time, so that a national table reaches the audit with most of its extra hiding already done.
///
/// Take a shown total and the counts that add up to it (a group's options within its answered
/// count, or one option across the groups of a breakdown within their parent's count). Whatever
/// else is published, a hidden count can rise no higher than the total minus the shown counts
/// minus what the other hidden counts are known to hold at least (one each where zeros are shown).
/// When that is below what the count's protection requires, no release with this total and these
/// shown counts can pass the audit, and hiding one more of them is the only way on: the smallest,
/// as the audit loop itself would choose (§4.3 B). Each pick is thus one the audit would force; only
/// the audit decides that a release is safe.
struct CellPools {
    /// A shown total and the figures that add up to it, with whether they make up all of it (a
    /// parent's count also holds respondents who skipped the breakdown's question).
    private struct Family {
        /// Positions in the tabulation, as every figure below.
        var total: Int
        var parts: [Int]
    }

    private let families: [Family]

    /// The families of `tabulation`'s choice and scale questions: each group's options under its
    /// answered count, and each option across `groupFamilies` (a group with the groups that
    /// partition it).
    init(tabulation: Tabulation, groupFamilies: [(GroupKey, [GroupKey])]) {
        var families: [Family] = []
        var countsOf: [GroupKey: [String: [Int]]] = [:]
        for (position, key) in tabulation.keys.enumerated() where key.measure == .count {
            guard let question = key.question, case .question = tabulation.entries[position].functionals.first?.system else { continue }
            countsOf[key.group, default: [:]][question, default: []].append(position)
        }
        for (group, questions) in countsOf.sorted(by: { $0.key < $1.key }) {
            for (question, counts) in questions.sorted(by: { $0.key < $1.key }) {
                guard let total = tabulation.position(of: FigureKey(period: tabulation.period, group: group, question: question, measure: .answered)) else { continue }
                families.append(Family(total: total, parts: counts))
            }
        }
        for (parent, children) in groupFamilies {
            for (question, counts) in (countsOf[parent] ?? [:]).sorted(by: { $0.key < $1.key }) {
                for total in counts {
                    let option = tabulation.keys[total].option
                    let parts = children.compactMap { child in
                        tabulation.position(of: FigureKey(period: tabulation.period, group: child, question: question, measure: .count, option: option))
                    }
                    families.append(Family(total: total, parts: parts))
                }
            }
        }
        self.families = families
    }

    /// One figure to hide per family that breaks the rule, given each hidden count's required upper
    /// bound (`needed`, by position); empty when every family passes or none can be helped by
    /// hiding a count. Picks are positions in the tabulation.
    func picks(in tabulation: Tabulation, needed: [Int: Int]) -> [Int] {
        var picks: [Int] = []
        var picked: Set<Int> = []
        for family in families {
            let total = tabulation.entries[family.total]
            guard total.figure.isShown else { continue }
            var shownSum = 0
            var floors = 0
            var hidden: [(position: Int, floor: Int)] = []
            var candidates: [(position: Int, value: Int)] = []
            for position in family.parts {
                let entry = tabulation.entries[position]
                if entry.figure.isShown {
                    shownSum += entry.figure.count
                    // Zeros of a question whose zeros are always shown are never hidden.
                    if entry.figure.count > 0 || entry.isSensitive { candidates.append((position, entry.figure.count)) }
                } else {
                    let floor = Self.knownMinimum(position, entry, in: tabulation)
                    floors += floor
                    hidden.append((position, floor))
                }
            }
            let residual = total.figure.count - shownSum
            let breaks = hidden.contains { part in
                guard let required = needed[part.position] else { return false }
                return residual - (floors - part.floor) < required
            }
            guard breaks, !candidates.contains(where: { picked.contains($0.position) }) else { continue }
            // Singletons only when nothing else is there (§4.3 B), then the smallest, then the key
            // (positions are in key order).
            guard let pick = candidates.min(by: { ($0.value == 1 ? 1 : 0, $0.value, $0.position) < ($1.value == 1 ? 1 : 0, $1.value, $1.position) }) else { continue }
            picks.append(pick.position)
            picked.insert(pick.position)
        }
        return picks
    }

    /// What the attacker knows a hidden count holds at least: one in a shown group of a question
    /// whose zeros are shown (as `QuarterAuditor.knownNonZero`), else nothing.
    private static func knownMinimum(_ position: Int, _ entry: Tabulation.Entry, in tabulation: Tabulation) -> Int {
        guard !entry.isSensitive, entry.figure.count >= 1 else { return 0 }
        return tabulation.entries[tabulation.sizePosition(of: position)].figure.isShown ? 1 : 0
    }
}
