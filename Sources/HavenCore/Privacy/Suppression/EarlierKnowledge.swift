/// What earlier releases of the same quarter's data already gave an attacker, in the terms of
/// this quarter's linear model.
struct EarlierKnowledge {
    /// Figures they showed, as linear forms with their values.
    var shown: [Functional: Int] = [:]
    /// Figures they hid whose listing alone says they are not zero: hidden groups (empty groups are
    /// never listed) and hidden counts, in shown groups, of questions whose zeros are shown.
    var nonZero: [Functional] = []
    /// Numbers they hid for their own sake: these stay protected in every later release.
    var protected: [ProtectedQuantity] = []

    /// Collects the knowledge of `releases` (earlier releases of exactly this data) about `period`,
    /// finding each figure's linear form in `current` (this release's tables) or `other` (the tables
    /// only earlier releases had), both already through the primary rules.
    init(period: Period, releases: [LedgerRelease], current: Tabulation, other: Tabulation) {
        var shownKeys: Set<FigureKey> = []
        for release in releases {
            for (key, entry) in release.figures where key.period == period && key.measure != .percent && key.measure != .mean {
                guard let tabulated = current[key] ?? other[key], let functional = tabulated.functionals.first else { continue }
                if entry.shown {
                    shownKeys.insert(key)
                    for functional in tabulated.functionals { shown[functional] = entry.count }
                } else if entry.count >= 1, key.measure == .respondents || (key.measure == .count && !tabulated.isSensitive && release.figures[FigureKey(period: key.period, group: key.group, measure: .respondents)]?.shown == true) {
                    nonZero.append(functional)
                }
            }
        }
        nonZero = Array(Set(nonZero)).sorted { "\($0)" < "\($1)" }
        // What earlier releases hid by the primary rules stays protected, in any table it was in.
        protected = zip(other.keys, other.entries).flatMap { key, entry -> [ProtectedQuantity] in
            guard !entry.figure.isShown, !shownKeys.contains(key),
                releases.contains(where: { $0.had(key) })
            else { return [] }
            return ProtectedQuantity.of(entry)
        }
    }

    /// No earlier release.
    init() {}
}
