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
        var total: FigureKey
        var parts: [FigureKey]
    }

    private let families: [Family]

    /// The families of `tabulation`'s choice and scale questions: each group's options under its
    /// answered count, and each option across `groupFamilies` (a group with the groups that
    /// partition it).
    init(tabulation: Tabulation, groupFamilies: [(GroupKey, [GroupKey])]) {
        var families: [Family] = []
        var countsOf: [GroupKey: [String: [FigureKey]]] = [:]
        for key in tabulation.orderedKeys where key.measure == .count {
            guard let question = key.question, case .question = tabulation.entries[key]?.functionals.first?.system else { continue }
            countsOf[key.group, default: [:]][question, default: []].append(key)
        }
        for (group, questions) in countsOf.sorted(by: { $0.key < $1.key }) {
            for (question, counts) in questions.sorted(by: { $0.key < $1.key }) {
                families.append(Family(total: FigureKey(period: tabulation.period, group: group, question: question, measure: .answered), parts: counts))
            }
        }
        for (parent, children) in groupFamilies {
            for (question, counts) in (countsOf[parent] ?? [:]).sorted(by: { $0.key < $1.key }) {
                for total in counts {
                    let parts = children.compactMap { child -> FigureKey? in
                        let key = FigureKey(period: total.period, group: child, question: question, measure: .count, option: total.option)
                        return tabulation.entries[key] == nil ? nil : key
                    }
                    families.append(Family(total: total, parts: parts))
                }
            }
        }
        self.families = families
    }

    /// One figure to hide per family that breaks the rule, given each hidden count's required upper
    /// bound (`needed`); empty when every family passes or none can be helped by hiding a count.
    func picks(in tabulation: Tabulation, needed: [FigureKey: Int]) -> [FigureKey] {
        var picks: [FigureKey] = []
        var picked: Set<FigureKey> = []
        for family in families {
            guard let total = tabulation.entries[family.total], total.figure.isShown else { continue }
            var shownSum = 0
            var floors = 0
            var hidden: [(key: FigureKey, floor: Int)] = []
            var candidates: [(key: FigureKey, value: Int)] = []
            for key in family.parts {
                guard let entry = tabulation.entries[key] else { continue }
                if entry.figure.isShown {
                    shownSum += entry.figure.count
                    // Zeros of a question whose zeros are always shown are never hidden.
                    if entry.figure.count > 0 || entry.isSensitive { candidates.append((key, entry.figure.count)) }
                } else {
                    let floor = Self.knownMinimum(key, entry, in: tabulation)
                    floors += floor
                    hidden.append((key, floor))
                }
            }
            let residual = total.figure.count - shownSum
            let breaks = hidden.contains { part in
                guard let required = needed[part.key] else { return false }
                return residual - (floors - part.floor) < required
            }
            guard breaks, !candidates.contains(where: { picked.contains($0.key) }) else { continue }
            // Singletons only when nothing else is there (§4.3 B), then the smallest, then the key.
            guard let pick = candidates.min(by: { ($0.value == 1 ? 1 : 0, $0.value, $0.key) < ($1.value == 1 ? 1 : 0, $1.value, $1.key) }) else { continue }
            picks.append(pick.key)
            picked.insert(pick.key)
        }
        return picks
    }

    /// What the attacker knows a hidden count holds at least: one in a shown group of a question
    /// whose zeros are shown (as `QuarterAuditor.knownNonZero`), else nothing.
    private static func knownMinimum(_ key: FigureKey, _ entry: Tabulation.Entry, in tabulation: Tabulation) -> Int {
        guard !entry.isSensitive, entry.figure.count >= 1 else { return 0 }
        let size = FigureKey(period: key.period, group: key.group, measure: .respondents)
        return tabulation.entries[size]?.figure.isShown == true ? 1 : 0
    }
}
