import HavenSurvey

/// The session feedback report for one quarter: a card per session that has figures of its own,
/// one for all sessions combined, and a comparison. A session too small to show appears only
/// inside the combined figures: it gets no card and no column.
public struct SessionsReport: Sendable {
    public var release: Release
    public var period: Period
    public var organization: String?

    /// Describes a report.
    public init(release: Release, period: Period, organization: String? = nil) {
        self.release = release
        self.period = period
        self.organization = organization
    }

    /// The dimension sessions are told apart by.
    public static let dimension = Dimension.session

    /// The CSV rows of the report's quarter.
    public var rows: [TidyRow] {
        var single = release
        single.periods = [period]
        return TidyCSV.rows(single, calculated: CalculatedFigures())
    }

    /// The page in the language of `strings`.
    public func page(strings: ReportStrings) -> SessionsPage {
        let module = release.module
        let language = strings.language
        let index = RowIndex(rows)
        let roles = SessionQuestions(module: module)
        let sessionQuestion = module.question(forDimension: Self.dimension)
        let table = release.tables.first { $0.dimensions == [Self.dimension] }
        let observed = table.flatMap { release.groups[period]?[$0] } ?? []
        let shownSessions = (sessionQuestion?.options ?? []).compactMap { option -> (AnswerOption, GroupKey)? in
            let group = GroupKey([GroupCondition(dimension: Self.dimension, value: option.code)])
            guard observed.contains(group), index.row(period, group, nil, Measure.respondents.rawValue)?.isShown == true else { return nil }
            return (option, group)
        }
        var cards = shownSessions.map { option, group in
            card(title: option.label.text(in: language), anchor: "session-\(option.code)", group: group, session: option.code, roles: roles, index: index, strings: strings)
        }
        cards.append(card(title: strings.text("all-sessions"), anchor: "all-sessions", group: .all, session: nil, roles: roles, index: index, strings: strings))

        // Short column names: the full session titles head the cards above.
        let columns = shownSessions.map { (strings.text("session-short", ["n": $0.0.code]), $0.1) } + [(strings.text("all-sessions"), GroupKey.all)]
        let comparison = comparison(columns: columns, roles: roles, index: index, strings: strings)
        let comments = (release.comments[period] ?? [:]).sorted { $0.key < $1.key }.compactMap { id, list -> CommentGroup? in
            guard !list.isEmpty, let question = module.question(id: id) else { return nil }
            return CommentGroup(question: question.text.text(in: language), comments: list)
        }
        let thresholds = module.thresholds
        let methods = MethodsText.paragraphs(MethodsText.sessions, thresholds: thresholds, strings: strings)
        return SessionsPage(
            lang: language, t: strings.table, surveyTitle: module.title.text(in: language),
            organization: organization ?? "", hasOrganization: organization != nil,
            subtitle: strings.text("sessions-title") + " · " + strings.text("report-for", ["period": period.description]),
            sessions: cards, noSessions: shownSessions.isEmpty, comparison: comparison,
            comments: comments, hasComments: !comments.isEmpty,
            commentsIntro: strings.text("comments-intro", ["n": String(thresholds.comments)]), methods: methods,
            attribution: module.attribution?.text(in: language) ?? "", hasAttribution: module.attribution != nil)
    }

    private func card(title: String, anchor: String, group: GroupKey, session: String?, roles: SessionQuestions, index: RowIndex, strings: ReportStrings) -> SessionView {
        let module = release.module
        let language = strings.language
        let builder = QuestionViewBuilder(module: module, period: period, group: group, rows: index, strings: strings, session: session)
        var number = 0
        func next() -> Int {
            number += 1
            return number
        }
        let objectives = roles.objectives.isEmpty ? [] : [
            ratingList(
                roles.objectives.map { ($0.text(forSession: session).text(in: language), $0) }, heading: strings.text("objectives"),
                note: strings.text("objectives-note"), group: group, index: index, strings: strings)
        ]
        let confidence = roles.confidence.map { pair in
            confidenceView(pair.before, pair.now, group: group, session: session, index: index, strings: strings)
        }
        let ratings = roles.ratings.isEmpty ? [] : [
            ratingList(
                roles.ratings.map { ($0.text(forSession: session).text(in: language), $0) }, heading: strings.text("ratings"),
                note: strings.text("favorable-heading"), group: group, index: index, strings: strings)
        ]
        return SessionView(
            title: title, anchor: anchor, respondents: index.cell(period, group, nil, .respondents, strings: strings),
            objectives: objectives, confidence: confidence,
            intent: roles.intent.map { builder.view($0, number: next()) },
            barriers: roles.barriers.map { builder.view($0, number: next(), ranked: true) },
            ratings: ratings,
            recommendation: roles.recommendation.map { index.cell(period, group, $0.id, .recommendIndex, strings: strings) } ?? .plain(""),
            hasRecommendation: roles.recommendation != nil,
            others: roles.others.filter { index.row(period, group, $0.id, Measure.answered.rawValue) != nil }.map { builder.view($0, number: next()) })
    }

    /// Favourable percentages of several questions as bars, the shown ones drawn.
    private func ratingList(_ questions: [(text: String, question: Question)], heading: String, note: String, group: GroupKey, index: RowIndex, strings: ReportStrings) -> RatingListView {
        let items = questions.map { RatingItem(text: $0.text, value: index.cell(period, group, $0.question.id, .favorablePercent, strings: strings)) }
        let segments = items.compactMap { item -> ChartSegment? in
            guard !item.value.hidden, let percent = Double(item.value.text.replacingOccurrences(of: "%", with: "")) else { return nil }
            return ChartSegment(label: item.text, percent: percent, style: .bar)
        }
        let complete = segments.count == items.count
        return RatingListView(
            heading: heading, note: note,
            charts: segments.isEmpty ? [] : [BarList.draw(segments, label: heading, strings: strings)],
            items: items, chartNote: strings.text("chart-hidden"), hasChartNote: !complete)
    }

    private func confidenceView(_ before: Question, _ now: Question, group: GroupKey, session: String?, index: RowIndex, strings: ReportStrings) -> ConfidenceView {
        let language = strings.language
        let points = now.options.filter(\.isScored)
        func percent(_ question: Question, _ option: AnswerOption) -> Double? {
            index.row(period, group, question.id, Measure.percent.rawValue, option.code).flatMap { $0.isShown ? Double($0.valueText) : nil }
        }
        let rows = now.options.map { option in
            PairRow(
                label: option.label.text(in: language),
                before: index.cell(period, group, before.id, .percent, option.code, strings: strings),
                now: index.cell(period, group, now.id, .percent, option.code, strings: strings))
        }
        let text = now.text(forSession: session).text(in: language)
        var charts: [ChartDrawing] = []
        var legend: [LegendEntry] = []
        let beforeShares = points.map { percent(before, $0) }
        let nowShares = points.map { percent(now, $0) }
        if (beforeShares + nowShares).allSatisfy({ $0 != nil }) {
            func segments(_ shares: [Double?]) -> [ChartSegment] {
                zip(points, shares).enumerated().map { index, pair in
                    ChartSegment(label: pair.0.label.text(in: language), percent: pair.1 ?? 0, style: .sequential(index, of: points.count))
                }
            }
            let drawn = [(strings.text("before"), segments(beforeShares)), (strings.text("now"), segments(nowShares))]
            charts = [StackedBars.draw(rows: drawn, label: text, strings: strings)]
            legend = drawn[0].1.map { LegendEntry(label: $0.label, swatch: $0.style.swatch) }
        }
        let shift = CalculatedFigures().confidenceShift(ShownFigures(release), period: period, group: group, before: before, now: now)
        let shiftText = shift.map {
            strings.text("mean-shift-value", [
                "points": strings.signed($0.points, digits: 2), "lower": strings.signed($0.lower, digits: 2), "upper": strings.signed($0.upper, digits: 2),
            ])
        } ?? ""
        return ConfidenceView(
            text: text, charts: charts, legend: legend, rows: rows,
            shift: index.cell(period, group, now.id, .confidenceShift, strings: strings), shiftText: shiftText,
            chartNote: strings.text("chart-hidden"), hasChartNote: charts.isEmpty)
    }

    private func comparison(columns: [(String, GroupKey)], roles: SessionQuestions, index: RowIndex, strings: ReportStrings) -> ComparisonView {
        let language = strings.language
        var rows = [ComparisonRow(label: strings.text("respondents"), cells: columns.map { index.cell(period, $0.1, nil, .respondents, strings: strings) })]
        // Objectives and skills differ by session, so they are compared by number, not wording.
        for (number, question) in roles.objectives.enumerated() {
            rows.append(ComparisonRow(
                label: strings.text("objective-n", ["n": String(number + 1)]),
                cells: columns.map { index.cell(period, $0.1, question.id, .favorablePercent, strings: strings) }))
        }
        for question in roles.ratings {
            rows.append(ComparisonRow(
                label: question.text.text(in: language) + " (" + strings.text("favorable-heading") + ")",
                cells: columns.map { index.cell(period, $0.1, question.id, .favorablePercent, strings: strings) }))
        }
        for (number, pair) in roles.confidence.enumerated() {
            rows.append(ComparisonRow(
                label: strings.text("confidence-n", ["n": String(number + 1)]),
                cells: columns.map { index.cell(period, $0.1, pair.now.id, .confidenceShift, strings: strings) }))
        }
        if let recommendation = roles.recommendation {
            rows.append(ComparisonRow(
                label: strings.text("recommendation-index"),
                cells: columns.map { index.cell(period, $0.1, recommendation.id, .recommendIndex, strings: strings) }))
        }
        return ComparisonView(columns: columns.map(\.0), rows: rows)
    }
}
