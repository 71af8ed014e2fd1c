import HavenSurvey

/// The primary rules of the disclosure-control specification (R1–R3), applied to one quarter's
/// tabulation: small groups, questions few answered, small counts, protected zeros and "nearly
/// everyone" on sensitive questions, and figures derived from hidden counts.
enum PrimaryRules {
    static func apply(to tabulation: inout Tabulation) {
        // Each group's run is decided on its own, in canonical order with no figure looked up: it
        // starts with the group's size, and a question's answered count comes before its other
        // figures. So slices of whole runs are decided on every core, a byte per figure, and
        // applied after: a national quarter holds five million figures.
        let kinds = Kinds(tabulation)
        let slices = tabulation.runSlices(Tabulation.slices)
        let decided = slices.concurrentMap { [tabulation] range in reasons(in: range, of: tabulation, kinds: kinds) }
        for (range, reasons) in zip(slices, decided) {
            for (position, reason) in zip(range, reasons) where reason != nil {
                tabulation.setSuppression(reason, at: position)
            }
        }
    }

    /// What the rules read of each kind of figure, by kind; questions by number, compared per figure.
    private struct Kinds: Sendable {
        let measures: [Measure]
        let thresholds: [Int]
        let isSensitive: [Bool]
        let isSubstantive: [Bool]
        /// The kind's question by number; -1 for a group's size.
        let questions: [Int]

        init(_ tabulation: Tabulation) {
            measures = tabulation.byKind(\.measure)
            thresholds = tabulation.byKind(\.threshold)
            isSensitive = tabulation.byKind(\.isSensitive)
            isSubstantive = tabulation.byKind(\.isSubstantive)
            var numbers: [String: Int] = [:]
            questions = tabulation.byKind(\.question).map { question in
                guard let question else { return -1 }
                if let number = numbers[question] { return number }
                numbers[question] = numbers.count
                return numbers.count - 1
            }
        }
    }

    /// The reason each figure of `range`, whole runs of `tabulation`, is hidden for; nil where shown.
    private static func reasons(in range: Range<Int>, of tabulation: Tabulation, kinds: Kinds) -> [Figure.Suppression?] {
        var reasons = [Figure.Suppression?](repeating: nil, count: range.count)
        var smallGroup = false
        var fewAnswers = -1
        for (offset, position) in range.enumerated() {
            let kind = tabulation.kind(at: position)
            let count = tabulation.count(at: position)
            let threshold = kinds.thresholds[kind]
            let question = kinds.questions[kind]
            let measure = kinds.measures[kind]
            if tabulation.isGroupSize(at: position) {
                smallGroup = count < threshold
                fewAnswers = -1
            } else if measure == .answered {
                fewAnswers = count < threshold ? question : -1
            }
            if smallGroup {
                reasons[offset] = .smallGroup
            } else if fewAnswers >= 0, question == fewAnswers {
                reasons[offset] = .fewAnswers
            } else {
                reasons[offset] = contentReason(
                    measure, count: count, answered: tabulation.answered(at: position), threshold: threshold,
                    isSensitive: kinds.isSensitive[kind], isSubstantive: kinds.isSubstantive[kind])
            }
        }
        return reasons
    }

    /// The cell rules (C1–C3) for a figure of a shown group whose question enough answered.
    private static func contentReason(
        _ measure: Measure, count: Int, answered: Int, threshold k: Int, isSensitive: Bool, isSubstantive: Bool
    ) -> Figure.Suppression? {
        switch measure {
        case .count, .percent:
            if isSmall(count, k) || (isSensitive && isSubstantive && (count == 0 || answered - count < k)) {
                return measure == .count ? .smallCount : .derived
            }
        case .favorablePercent:
            let scored = answered
            if scored < k || isSmall(count, k) || isSmall(scored - count, k) || (isSensitive && (count == 0 || count == scored)) {
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
