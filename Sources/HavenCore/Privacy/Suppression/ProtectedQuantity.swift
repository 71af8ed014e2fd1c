/// A hidden number that must stay unknown: its true value and the linear form it is.
struct ProtectedQuantity: Sendable, Hashable {
    /// The figure hidden to protect it.
    var key: FigureKey
    /// What the attacker must not pin down.
    var functional: Functional
    /// Its true value (below the threshold, or a protected zero).
    var value: Int
    /// The threshold the attacker must not be able to rule out reaching.
    var threshold: Int
    /// The published size of the quantity's own group, when it is shown.
    var groupSize: Int? = nil
    /// Where the figure is in this release's tabulation; nil for an earlier release's figure.
    var position: Int? = nil

    /// Whether an attacker's proven interval leaves it protected: not exact, and not provably
    /// below the threshold (R5: `U − L ≥ 1` and `U ≥ max(v + 1, k)`).
    ///
    /// When the quantity's own group is published with fewer members than that bound, no release
    /// can meet it (the attacker knows the value is at most the group's size, and at most one less
    /// when another hidden answer in the group is known not to be zero), so the bound is capped at
    /// one less than the group's size: the attacker may learn nothing the group size does not say.
    func isSafe(_ interval: AttackerInterval) -> Bool {
        interval.upper - interval.lower >= 1 && interval.upper >= neededUpper
    }

    /// The least upper bound the attacker's interval must leave open (see `isSafe`).
    var neededUpper: Int {
        let needed = max(value + 1, threshold)
        if let groupSize, groupSize - 1 < needed {
            return max(groupSize - 1, value)
        }
        return needed
    }

    /// The quantities a figure protects, from the primary rules: the figure itself when it is
    /// small, its complement when "nearly everyone" is the disclosure.
    static func of(_ key: FigureKey, _ entry: Tabulation.Entry) -> [ProtectedQuantity] {
        let k = threshold(of: entry)
        return protections(of: entry).map { ProtectedQuantity(key: key, functional: $0.functional, value: $0.value, threshold: k) }
    }

    /// What `of` protects, without the key: most hidden figures of a national quarter protect
    /// nothing themselves, and their keys need not be built.
    static func protections(of entry: Tabulation.Entry) -> [(functional: Functional, value: Int)] {
        let k = threshold(of: entry)
        let count = entry.figure.count
        var found: [(functional: Functional, value: Int)] = []
        // Each rule is checked before its linear form is built.
        switch entry.measure {
        case .respondents, .answered:
            if PrimaryRules.isSmall(count, k), let functional = entry.functional { found.append((functional, count)) }
        case .count:
            let small = PrimaryRules.isSmall(count, k) || (entry.isSensitive && entry.isSubstantive && count == 0)
            let nearlyEveryone = entry.isSensitive && entry.isSubstantive && entry.answered - count < k
            guard small || nearlyEveryone, let functional = entry.functional else { return [] }
            if small { found.append((functional, count)) }
            if nearlyEveryone, let answered = entry.answeredFunctional {
                found.append((complement(of: functional, within: answered.categories), entry.answered - count))
            }
        case .favorablePercent:
            let small = PrimaryRules.isSmall(count, k) || (entry.isSensitive && count == 0)
            let nearlyEveryone = PrimaryRules.isSmall(entry.answered - count, k) || (entry.isSensitive && count == entry.answered)
            let forms = entry.forms
            guard small || nearlyEveryone, forms.count == 2 else { return [] }
            let favorable = forms[0].functional(in: entry.group)
            if small { found.append((favorable, count)) }
            if nearlyEveryone { found.append((complement(of: favorable, within: forms[1].categories), entry.answered - count)) }
        case .percent, .mean, .comments:
            return []
        }
        return found
    }

    /// The threshold a hidden figure's quantities are protected at.
    static func threshold(of entry: Tabulation.Entry) -> Int {
        entry.protectionThreshold ?? entry.threshold
    }

    private static func complement(of functional: Functional, within categories: [Int]) -> Functional {
        Functional(system: functional.system, group: functional.group, categories: categories.filter { !functional.categories.contains($0) })
    }
}
