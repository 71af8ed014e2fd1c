import HavenSurvey

/// The figures of a release a report may build on: it answers only for shown figures, so
/// everything a report calculates is a function of what is published anyway.
public struct ShownFigures: Sendable {
    /// The release.
    public let release: Release

    /// Wraps a release.
    public init(_ release: Release) {
        self.release = release
    }

    /// The figure of `key`, when shown.
    public func figure(_ key: FigureKey) -> Figure? {
        guard let figure = release.figures[key], figure.isShown else { return nil }
        return figure
    }

    /// The count behind a shown figure.
    public func count(_ period: Period, _ group: GroupKey, _ question: String? = nil, _ measure: Measure, _ option: String? = nil) -> Int? {
        figure(FigureKey(period: period, group: group, question: question, measure: measure, option: option))?.count
    }

    /// The shown respondents of a group.
    public func respondents(_ period: Period, _ group: GroupKey) -> Int? {
        count(period, group, nil, .respondents)
    }

    /// Favourable answers and scored answers of a question, when its favourable percentage is
    /// shown. A shown percentage has publishable numerator and denominator, so the denominator
    /// (count ÷ percentage) discloses nothing new; at 0 % it is the sum of the shown scored counts.
    public func favorable(_ period: Period, _ group: GroupKey, _ question: Question) -> (successes: Int, trials: Int)? {
        guard let figure = figure(FigureKey(period: period, group: group, question: question.id, measure: .favorablePercent)) else { return nil }
        if figure.value > 0 {
            return (figure.count, Int((Double(figure.count) * 100 / figure.value).rounded()))
        }
        let scored = question.options.filter(\.isScored).map { count(period, group, question.id, .count, $0.code) }
        guard scored.allSatisfy({ $0 != nil }) else { return nil }
        return (0, scored.reduce(0) { $0 + ($1 ?? 0) })
    }
}

extension AnswerOption {
    /// Whether the option counts in scores and favourable percentages (not "don't know", not
    /// "prefer not to answer").
    public var isScored: Bool { !isOutsideScale && code != AnswerOption.preferNotCode }
}

extension Question {
    /// Whether the question is a 0–10 recommendation question (an ordered scale with points 0 to 10).
    public var isRecommendation: Bool {
        scale?.isOrdered == true && scale?.points.map(\.code) == (0...10).map(String.init)
    }

    /// Whether the question is a "what would help most" choice whose options link to resources.
    public var isNeedsQuestion: Bool {
        type == .multi && options.contains { $0.need != nil }
    }
}
