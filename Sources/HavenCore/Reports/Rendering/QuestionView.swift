import HavenSurvey

/// One question on a page: its wording, headline figure, chart (only when every part it draws is
/// shown) and the data table that always follows the chart.
public struct QuestionView: Sendable {
    public var number: Int
    public var text: String
    public var isSensitive: Bool
    public var sensitiveNote: String
    /// The favourable percentage, for questions that have favourable answers (zero or one).
    public var favorable: [Cell]
    /// The change since the previous quarter (zero or one).
    public var change: [ChangeView]
    /// The chart (zero or one); `chartNote` says why one is missing.
    public var charts: [ChartDrawing]
    public var legend: [LegendEntry]
    public var chartNote: String
    public var hasChartNote: Bool
    /// The data table: one row per answer.
    public var rows: [AnswerRow]
    public var answered: Cell
    /// Whether any answer links to a kind of resource (the needs table's last column).
    public var hasResources: Bool
    /// The CSS id, for the table of contents.
    public var anchor: String
}

/// One answer's row in a question's data table.
public struct AnswerRow: Sendable {
    public var label: String
    public var count: Cell
    public var percent: Cell
    /// For needs: the kind of resource and where to start (empty otherwise).
    public var resourceKind: String
    public var resource: String
    public var hasResource: Bool
    /// For ranked lists, the rank of a shown answer (empty when hidden).
    public var rank: String
}

/// A change since the previous quarter, marked only when its interval excludes zero.
public struct ChangeView: Sendable {
    /// False when either quarter's figure is missing or hidden: `text` then says so.
    public var available: Bool
    public var heading: String
    public var text: String
    public var verdict: String
    public var clear: Bool
    public var up: Bool
}

/// Builds question views from a release's rows, for one quarter and group.
struct QuestionViewBuilder {
    let module: SurveyModule
    let period: Period
    let group: GroupKey
    let rows: RowIndex
    let strings: ReportStrings
    let session: String?

    var language: String { strings.language }

    func view(_ question: Question, number: Int, ranked: Bool = false) -> QuestionView {
        let shown = question.options.map { option -> (option: AnswerOption, percent: Double?) in
            let row = rows.row(period, group, question.id, Measure.percent.rawValue, option.code)
            return (option, row.flatMap { $0.isShown ? percentValue($0) : nil })
        }
        let answerRows = question.options.map { option in
            AnswerRow(
                label: option.label.text(in: language),
                count: rows.cell(period, group, question.id, .count, option.code, strings: strings),
                percent: rows.cell(period, group, question.id, .percent, option.code, strings: strings),
                resourceKind: option.need.map { strings.text("need-\($0.rawValue)") } ?? "",
                resource: option.need.map { strings.text("need-\($0.rawValue)-resource") } ?? "",
                hasResource: option.need != nil, rank: "")
        }
        let text = question.text(forSession: session).text(in: language)
        var view = QuestionView(
            number: number, text: text, isSensitive: question.isSensitive,
            sensitiveNote: strings.text("sensitive-note", ["n": String(module.thresholds.sensitive)]),
            favorable: question.favorable.isEmpty ? [] : [rows.cell(period, group, question.id, .favorablePercent, strings: strings)],
            change: [], charts: [], legend: [], chartNote: "", hasChartNote: false, rows: answerRows,
            answered: rows.cell(period, group, question.id, .answered, strings: strings),
            hasResources: question.options.contains { $0.need != nil }, anchor: "q-\(question.id)")
        let label = strings.text("distribution-of", ["question": text])
        let scored = shown.filter { $0.option.isScored }
        if question.scale?.isOrdered == true {
            guard scored.allSatisfy({ $0.percent != nil }), !scored.isEmpty else {
                return withNote(view)
            }
            let points = scored.map { ($0.option, $0.percent ?? 0) }
            if question.favorable.isEmpty {
                let segments = points.enumerated().map { index, point in
                    ChartSegment(label: point.0.label.text(in: language), percent: point.1, style: .sequential(index, of: points.count))
                }
                view.charts = [StackedBars.draw(rows: [(strings.text("percent"), segments)], label: label, strings: strings)]
                view.legend = segments.map { LegendEntry(label: $0.label, swatch: $0.style.swatch) }
            } else {
                let (negative, neutral, positive) = Self.divergingSegments(points, favorable: question.favorable, language: language)
                view.charts = [DivergingBar.draw(negative: negative, neutral: neutral, positive: positive, label: label, strings: strings)]
                view.legend = (negative + (neutral.map { [$0] } ?? []) + positive).map { LegendEntry(label: $0.label, swatch: $0.style.swatch) }
            }
            return view
        }
        // Unordered answers: bars of the shown answers, exclusive "none" and "prefer not" kept
        // to the table; ranked lists (needs, barriers) put the most chosen first.
        var bars = shown.filter { $0.percent != nil && !($0.option.isExclusive && question.type == .multi) }
        if ranked {
            bars.sort { ($0.percent ?? 0) > ($1.percent ?? 0) }
            let order = bars.map(\.option.code)
            let position = { (code: String) in order.firstIndex(of: code) ?? order.count + (question.options.firstIndex { $0.code == code } ?? 0) }
            view.rows = zip(question.options, answerRows)
                .sorted { position($0.0.code) < position($1.0.code) }
                .enumerated()
                .map { index, entry in
                    var row = entry.1
                    row.rank = index < order.count ? String(index + 1) : ""
                    return row
                }
        }
        // A chart of one bar out of many says little and invites guessing at the rest: such a
        // question keeps only its table.
        let drawable = shown.filter { !($0.option.isExclusive && question.type == .multi) }.count
        guard bars.count >= 2 || bars.count == drawable, !bars.isEmpty else { return withNote(view) }
        let segments = bars.map { ChartSegment(label: $0.option.label.text(in: language), percent: $0.percent ?? 0, style: .bar) }
        view.charts = [BarList.draw(segments, label: label, strings: strings)]
        if bars.count < drawable {
            view.chartNote = strings.text("chart-partial")
            view.hasChartNote = true
        }
        return view
    }

    private func withNote(_ view: QuestionView) -> QuestionView {
        var view = view
        view.chartNote = strings.text("chart-hidden")
        view.hasChartNote = true
        return view
    }

    private func percentValue(_ row: TidyRow) -> Double? {
        Double(row.valueText)
    }

    /// Splits ordered points into the less favourable side (strongest first), a neutral middle
    /// (the non-favourable point next to the favourable ones, when the scale has an odd middle),
    /// and the favourable side (mildest first).
    static func divergingSegments(_ points: [(AnswerOption, Double)], favorable: [String], language: String)
        -> (negative: [ChartSegment], neutral: ChartSegment?, positive: [ChartSegment])
    {
        let positive = points.filter { favorable.contains($0.0.code) }
        var negative = points.filter { !favorable.contains($0.0.code) }
        var neutral: (AnswerOption, Double)?
        if negative.count > positive.count {
            neutral = negative.removeLast()
        }
        let negativeSegments = negative.enumerated().map { index, point in
            ChartSegment(
                label: point.0.label.text(in: language), percent: point.1,
                style: index == 0 && negative.count > 1 ? .strongNegative : .negative)
        }
        let positiveSegments = positive.enumerated().map { index, point in
            ChartSegment(
                label: point.0.label.text(in: language), percent: point.1,
                style: index == positive.count - 1 && positive.count > 1 ? .strongPositive : .positive)
        }
        return (negativeSegments, neutral.map { ChartSegment(label: $0.0.label.text(in: language), percent: $0.1, style: .neutral) }, positiveSegments)
    }
}
