import HavenSurvey

/// The primary rules of the disclosure-control specification (R1–R3), applied to one quarter's
/// tabulation: small groups, questions few answered, small counts, protected zeros and "nearly
/// everyone" on sensitive questions, and figures derived from hidden counts.
enum PrimaryRules {
    static func apply(to tabulation: inout Tabulation) {
        let figures = zip(tabulation.keys, tabulation.entries)
        let hiddenGroups = Set(figures.compactMap { key, entry -> GroupKey? in
            key.measure == .respondents && entry.figure.count < entry.threshold ? key.group : nil
        })
        var fewAnswers: Set<FigureKey> = []
        for (key, entry) in figures where key.measure == .answered && entry.figure.count < entry.threshold {
            fewAnswers.insert(FigureKey(period: key.period, group: key.group, question: key.question, measure: .answered))
        }
        for (position, (key, entry)) in figures.enumerated() {
            if let reason = reason(key, entry, hiddenGroups: hiddenGroups, fewAnswers: fewAnswers) {
                tabulation.setSuppression(reason, at: position)
            }
        }
    }

    private static func reason(_ key: FigureKey, _ entry: Tabulation.Entry, hiddenGroups: Set<GroupKey>, fewAnswers: Set<FigureKey>) -> Figure.Suppression? {
        if hiddenGroups.contains(key.group) { return .smallGroup }
        guard key.measure != .respondents else { return nil }
        if fewAnswers.contains(FigureKey(period: key.period, group: key.group, question: key.question, measure: .answered)) {
            return .fewAnswers
        }
        let k = entry.threshold
        let count = entry.figure.count
        switch key.measure {
        case .count, .percent:
            if isSmall(count, k) || (entry.isSensitive && entry.isSubstantive && (count == 0 || entry.answered - count < k)) {
                return key.measure == .count ? .smallCount : .derived
            }
        case .favorablePercent:
            let scored = entry.answered
            if scored < k || isSmall(count, k) || isSmall(scored - count, k) || (entry.isSensitive && (count == 0 || count == scored)) {
                return .smallCount
            }
        case .mean, .respondents, .answered, .comments:
            break
        }
        return nil
    }

    static func isSmall(_ count: Int, _ threshold: Int) -> Bool {
        count >= 1 && count < threshold
    }
}
