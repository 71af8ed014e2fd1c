import HavenCSV
import HavenSurvey

/// Calculates the report's own measures (`CalculatedMeasure`) for every group of a release, from
/// shown figures only.
public struct CalculatedFigures: Sendable {
    /// Headcounts by site code, or `all` for the organisation, from the configuration.
    public var headcounts: [String: Int]

    /// Creates a calculator.
    public init(headcounts: [String: Int] = [:]) {
        self.headcounts = headcounts
    }

    /// The calculated rows of one group, in a fixed order: response rate, then per question.
    public func rows(_ shown: ShownFigures, period: Period, group: GroupKey) -> [TidyRow] {
        let module = shown.release.module
        var rows: [TidyRow] = []
        func row(_ measure: CalculatedMeasure, _ question: String?, _ value: Double?) -> TidyRow {
            TidyRow(
                period: period, group: group, question: question, measure: measure.rawValue, option: nil,
                value: value.map { .decimal($0, fractionDigits: measure.fractionDigits) } ?? .empty, isShown: value != nil)
        }
        if let headcount = headcount(of: group) {
            rows.append(row(.responseRate, nil, responseRate(shown, period: period, group: group, headcount: headcount)))
        }
        let questions = ShownQuestions(shown: shown, period: period, group: group)
        for question in module.questions where questions.isReported(question) {
            if question.isRecommendation {
                rows.append(row(.recommendIndex, question.id, recommendIndex(shown, period: period, group: group, question: question)))
            }
            if let before = question.before.flatMap(module.question(id:)) {
                rows.append(row(.confidenceShift, question.id, confidenceShift(shown, period: period, group: group, before: before, now: question)?.points))
            }
        }
        return rows
    }

    /// The headcount a group's response rate is taken against: the organisation's (`all`), or one site's.
    public func headcount(of group: GroupKey) -> Int? {
        if group.conditions.isEmpty { return headcounts["all"] }
        if group.conditions.count == 1, group.conditions[0].dimension == Dimension.site {
            return headcounts[group.conditions[0].value]
        }
        return nil
    }

    /// Respondents as a percentage of the headcount, only where the respondents figure is shown and
    /// the group is at or above the group threshold.
    public func responseRate(_ shown: ShownFigures, period: Period, group: GroupKey, headcount: Int) -> Double? {
        guard headcount > 0, let respondents = shown.respondents(period, group), respondents >= shown.release.module.thresholds.group else { return nil }
        return Double(respondents) * 100 / Double(headcount)
    }

    /// The recommendation index from shown counts: either every point's count, or the answered
    /// count with the counts of 7, 8, 9 and 10 (the 0–6 count is then their remainder).
    public func recommendIndex(_ shown: ShownFigures, period: Period, group: GroupKey, question: Question) -> Double? {
        func count(_ code: String) -> Int? { shown.count(period, group, question.id, .count, code) }
        let points = question.options.filter(\.isScored)
        let unscored = question.options.filter { !$0.isScored }
        let high = RecommendationIndex.high.map { count(String($0)) }
        guard high.allSatisfy({ $0 != nil }) else { return nil }
        let highCount = high.reduce(0) { $0 + ($1 ?? 0) }
        let all = points.map { count($0.code) }
        if all.allSatisfy({ $0 != nil }) {
            let low = RecommendationIndex.low.reduce(0) { $0 + (count(String($1)) ?? 0) }
            return RecommendationIndex.value(high: highCount, low: low, scored: all.reduce(0) { $0 + ($1 ?? 0) })
        }
        let middle = (RecommendationIndex.low.upperBound + 1..<RecommendationIndex.high.lowerBound).map { count(String($0)) }
        let outside = unscored.map { count($0.code) }
        guard let answered = shown.count(period, group, question.id, .answered), middle.allSatisfy({ $0 != nil }), outside.allSatisfy({ $0 != nil }) else {
            return nil
        }
        let scored = answered - outside.reduce(0) { $0 + ($1 ?? 0) }
        let low = scored - highCount - middle.reduce(0) { $0 + ($1 ?? 0) }
        return RecommendationIndex.value(high: highCount, low: low, scored: scored)
    }

    /// The before → now shift of means, both shown; its interval uses each full distribution when
    /// every count is shown, else the widest deviation the shown mean allows.
    public func confidenceShift(_ shown: ShownFigures, period: Period, group: GroupKey, before: Question, now: Question) -> MeanShift? {
        guard let beforeSide = side(shown, period: period, group: group, question: before),
            let nowSide = side(shown, period: period, group: group, question: now)
        else { return nil }
        return MeanShift(before: beforeSide, now: nowSide)
    }

    private func side(_ shown: ShownFigures, period: Period, group: GroupKey, question: Question) -> MeanShift.Side? {
        guard let mean = shown.figure(FigureKey(period: period, group: group, question: question.id, measure: .mean)) else { return nil }
        let points = question.options.filter(\.isScored)
        let counts = points.map { shown.count(period, group, question.id, .count, $0.code) }
        if counts.allSatisfy({ $0 != nil }) {
            let distribution = zip(points, counts).map { (score: Double(Int($0.code) ?? 0), count: $1 ?? 0) }
            if let side = MeanShift.Side(distribution: distribution) { return side }
        }
        let scores = points.compactMap { Double($0.code) }
        guard let low = scores.min(), let high = scores.max() else { return nil }
        return MeanShift.Side(mean: mean.value, count: mean.count, scale: low...high)
    }
}

/// Which questions a group's figures cover (sensitive questions only at organisation level).
private struct ShownQuestions {
    let shown: ShownFigures
    let period: Period
    let group: GroupKey

    func isReported(_ question: Question) -> Bool {
        shown.release.figures[FigureKey(period: period, group: group, question: question.id, measure: .answered)] != nil
    }
}
