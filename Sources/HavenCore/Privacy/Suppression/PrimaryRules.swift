import HavenSurvey

/// The primary rules of the disclosure-control specification (R1–R3), applied to one quarter's
/// tabulation: small groups, questions few answered, small counts, protected zeros and "nearly
/// everyone" on sensitive questions, and figures derived from hidden counts.
enum PrimaryRules {
    static func apply(to tabulation: inout Tabulation) {
        // One pass in canonical order, with no figure looked up: each group's run starts with its
        // size, and a question's answered count comes before its other figures. A national
        // quarter holds millions of figures, and sets of their groups and keys took seconds.
        var smallGroup = false
        var fewAnswers: String?
        for position in tabulation.allPositions {
            let entry = tabulation.entry(at: position)
            let count = entry.figure.count
            let threshold = entry.threshold
            if tabulation.sizePosition(of: position) == position {
                smallGroup = count < threshold
                fewAnswers = nil
            } else if tabulation.measure(at: position) == .answered {
                fewAnswers = count < threshold ? tabulation.question(at: position) : nil
            }
            let reason: Figure.Suppression?
            if smallGroup {
                reason = .smallGroup
            } else if fewAnswers != nil, tabulation.question(at: position) == fewAnswers {
                reason = .fewAnswers
            } else {
                reason = contentReason(tabulation.measure(at: position), entry)
            }
            if let reason { tabulation.setSuppression(reason, at: position) }
        }
    }

    /// The cell rules (C1–C3) for a figure of a shown group whose question enough answered.
    private static func contentReason(_ measure: Measure, _ entry: Tabulation.Entry) -> Figure.Suppression? {
        let k = entry.threshold
        let count = entry.figure.count
        switch measure {
        case .count, .percent:
            if isSmall(count, k) || (entry.isSensitive && entry.isSubstantive && (count == 0 || entry.answered - count < k)) {
                return measure == .count ? .smallCount : .derived
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
