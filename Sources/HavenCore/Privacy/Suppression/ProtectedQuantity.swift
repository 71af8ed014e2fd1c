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
        let k = entry.protectionThreshold ?? entry.threshold
        let count = entry.figure.count
        func protect(_ functional: Functional, _ value: Int) -> ProtectedQuantity {
            ProtectedQuantity(key: key, functional: functional, value: value, threshold: k)
        }
        switch key.measure {
        case .respondents, .answered:
            guard let functional = entry.functionals.first, PrimaryRules.isSmall(count, k) else { return [] }
            return [protect(functional, count)]
        case .count:
            guard let functional = entry.functionals.first else { return [] }
            var protected: [ProtectedQuantity] = []
            if PrimaryRules.isSmall(count, k) || (entry.isSensitive && entry.isSubstantive && count == 0) {
                protected.append(protect(functional, count))
            }
            if entry.isSensitive && entry.isSubstantive && entry.answered - count < k, let answered = entry.answeredFunctional {
                protected.append(protect(complement(of: functional, within: answered.categories), entry.answered - count))
            }
            return protected
        case .favorablePercent:
            guard entry.functionals.count == 2 else { return [] }
            let favorable = entry.functionals[0]
            let scored = entry.functionals[1]
            var protected: [ProtectedQuantity] = []
            if PrimaryRules.isSmall(count, k) || (entry.isSensitive && count == 0) {
                protected.append(protect(favorable, count))
            }
            if PrimaryRules.isSmall(entry.answered - count, k) || (entry.isSensitive && count == entry.answered) {
                protected.append(protect(complement(of: favorable, within: scored.categories), entry.answered - count))
            }
            return protected
        case .percent, .mean, .comments:
            return []
        }
    }

    private static func complement(of functional: Functional, within categories: [Int]) -> Functional {
        Functional(system: functional.system, group: functional.group, categories: categories.filter { !functional.categories.contains($0) })
    }
}
