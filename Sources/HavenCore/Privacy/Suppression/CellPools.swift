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
        var total: Int32
        /// Where the family's parts are in `parts`.
        var start: Int32
        var end: Int32
    }

    /// A national quarter has over a million families: their parts are kept in one list of
    /// positions, not a list each (that took 100 MB).
    private let families: [Family]
    private let parts: [Int32]

    /// The families of `tabulation`'s choice and scale questions: each group's options under its
    /// answered count, and each option across `groupFamilies` (a group with the groups that
    /// partition it).
    init(tabulation: Tabulation, groupFamilies: [(GroupKey, [GroupKey])]) {
        // Everything is found by walking runs of positions in canonical order (a group's figures
        // by question, then measure, then option), and a child's count where the same count sits
        // in its parent's run: a national quarter has millions of counts, and building their keys
        // to search for each one took seconds.
        var families: [Family] = []
        var parts: [Int32] = []
        var answered: Int?
        var start = 0
        func flush(_ total: Int?) {
            if let total, parts.count > start { families.append(Family(total: Int32(total), start: Int32(start), end: Int32(parts.count))) }
        }
        // Read per kind, not per figure: each read of a figure's question or system copies it.
        let measures = tabulation.byKind(\.measure)
        let questions = tabulation.byKind(\.question)
        let isChoiceCount = tabulation.byKind(Self.isChoiceCount)
        for position in tabulation.allPositions {
            let kind = tabulation.kind(at: position)
            switch measures[kind] {
            case .respondents, .answered:
                flush(answered)
                start = parts.count
                answered = measures[kind] == .answered ? position : nil
            case .count where isChoiceCount[kind]:
                if let total = answered, questions[tabulation.kind(at: total)] == questions[kind] { parts.append(Int32(position)) }
            default:
                break
            }
        }
        flush(answered)
        for (parent, children) in groupFamilies {
            let run = tabulation.positions(of: parent)
            // Each child's run is found once per family, not once per total: a national quarter's
            // families hold millions of (total, child) pairs, and finding a run hashes the group.
            let childRuns = children.map { (group: $0, run: tabulation.positions(of: $0)) }
            for total in run where isChoiceCount[tabulation.kind(at: total)] {
                let first = parts.count
                for child in childRuns {
                    if let part = Self.position(like: total, at: total - run.lowerBound, in: child.group, run: child.run, of: tabulation) {
                        parts.append(Int32(part))
                    }
                }
                families.append(Family(total: Int32(total), start: Int32(first), end: Int32(parts.count)))
            }
        }
        self.families = families
        self.parts = parts
    }

    /// Whether figures of `kind` are counts of a single-choice or scale question.
    private static func isChoiceCount(_ kind: FigureTemplate) -> Bool {
        guard kind.measure == .count, kind.question != nil, case .question = kind.forms.first?.system else { return false }
        return true
    }

    /// The position in `group`'s `run` of the count of the same question and option as the one at
    /// `total`: at `offset` into the run when the group's figures are laid out as its parent's
    /// (the same questions), else by search.
    private static func position(like total: Int, at offset: Int, in group: GroupKey, run: Range<Int>, of tabulation: Tabulation) -> Int? {
        let guess = run.lowerBound + offset
        if run.contains(guess), tabulation.isSameKind(guess, total) { return guess }
        let key = tabulation.key(at: total)
        return tabulation.position(of: FigureKey(period: tabulation.period, group: group, question: key.question, measure: .count, option: key.option))
    }

    /// Each hidden count's required upper bound, by position, from the audit's `protected`
    /// quantities that are a count itself (not the complement a near-everyone count protects).
    /// Zero where nothing is required: that never breaks a family, whose residual less the other
    /// hidden counts' floors is never below a hidden count's value.
    static func requirements(_ protected: [ProtectedQuantity], in tabulation: Tabulation) -> [Int32] {
        var needed = [Int32](repeating: 0, count: tabulation.allPositions.count)
        for quantity in protected where quantity.measure == .count {
            // The figure's own form, not its complement (the group is the figure's by construction).
            guard let position = quantity.position, quantity.form == tabulation.form(at: position) else { continue }
            needed[position] = max(needed[position], Int32(quantity.neededUpper))
        }
        return needed
    }

    /// One figure to hide per family that breaks the rule, given each hidden count's required upper
    /// bound (`needed`, from `requirements`); empty when every family passes or none can be helped
    /// by hiding a count. Picks are positions in the tabulation.
    func picks(in tabulation: Tabulation, needed: [Int32]) -> [Int] {
        var picks: [Int] = []
        var picked: Set<Int> = []
        var hidden: [(position: Int, floor: Int)] = []
        var candidates: [(position: Int, value: Int)] = []
        // Counts and visibility read from the stored cells: a figure's value is never needed here.
        for family in families {
            let total = Int(family.total)
            guard tabulation.isShown(at: total) else { continue }
            var shownSum = 0
            var floors = 0
            hidden.removeAll(keepingCapacity: true)
            candidates.removeAll(keepingCapacity: true)
            for position in parts[Int(family.start)..<Int(family.end)].lazy.map(Int.init) {
                let count = tabulation.count(at: position)
                if tabulation.isShown(at: position) {
                    shownSum += count
                    // Zeros of a question whose zeros are always shown are never hidden.
                    if count > 0 || tabulation.isSensitive(at: position) { candidates.append((position, count)) }
                } else {
                    let floor = Self.knownMinimum(position, count: count, in: tabulation)
                    floors += floor
                    hidden.append((position, floor))
                }
            }
            let residual = tabulation.count(at: total) - shownSum
            let breaks = hidden.contains { part in residual - (floors - part.floor) < Int(needed[part.position]) }
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
    private static func knownMinimum(_ position: Int, count: Int, in tabulation: Tabulation) -> Int {
        guard !tabulation.isSensitive(at: position), count >= 1 else { return 0 }
        return tabulation.isShown(at: tabulation.sizePosition(of: position)) ? 1 : 0
    }
}
