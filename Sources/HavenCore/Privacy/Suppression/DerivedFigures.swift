import HavenSurvey

/// The last pass over derived figures (R3): a percentage goes with its count, and a mean is shown
/// only when every point of its distribution is shown (then it reveals nothing more), and for a
/// sensitive question never at the scale's end, where it would say everyone answered the same.
enum DerivedFigures {
    static func settle(_ tabulation: inout Tabulation, module: SurveyModule) {
        // Only shown figures are looked at, and only they are copied: in a national quarter most
        // figures lie in tables hidden whole.
        for position in tabulation.allPositions where tabulation.isShown(at: position) {
            let key = tabulation.key(at: position)
            let entry = tabulation.entry(at: position)
            switch key.measure {
            case .percent:
                let count = FigureKey(period: key.period, group: key.group, question: key.question, measure: .count, option: key.option)
                if tabulation[count]?.figure.isShown != true {
                    tabulation.setSuppression(.derived, at: position)
                }
            case .mean:
                guard let question = key.question.flatMap(module.question(id:)) else { continue }
                let points = question.options.filter { !$0.isOutsideScale && $0.code != AnswerOption.preferNotCode }
                let everyPointShown = points.allSatisfy { point in
                    tabulation[FigureKey(period: key.period, group: key.group, question: key.question, measure: .count, option: point.code)]?.figure.isShown == true
                }
                let scores = points.compactMap { Int($0.code) }
                let atEnd = entry.figure.value == Double(scores.min() ?? 0) || entry.figure.value == Double(scores.max() ?? 0)
                if !everyPointShown || entry.figure.count < entry.threshold || (question.isSensitive && atEnd) {
                    tabulation.setSuppression(.derived, at: position)
                }
            case .respondents, .answered, .count, .favorablePercent, .comments:
                break
            }
        }
        // A percentage of a hidden answered count would reveal it.
        for position in tabulation.allPositions where tabulation.isShown(at: position) {
            let measure = tabulation.measure(at: position)
            guard measure == .percent || measure == .favorablePercent || measure == .mean else { continue }
            let key = tabulation.key(at: position)
            let answered = FigureKey(period: key.period, group: key.group, question: key.question, measure: .answered)
            if tabulation[answered]?.figure.isShown == false {
                tabulation.setSuppression(.derived, at: position)
            }
        }
    }
}
