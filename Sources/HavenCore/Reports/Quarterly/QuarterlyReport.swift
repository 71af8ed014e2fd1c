import HavenSurvey

/// The quarterly report of one module for one quarter: its tidy-CSV rows and its page. The release
/// may also hold the previous quarter (released in the same engine call, so audited and ledgered
/// too); only its shown figures feed the change column.
public struct QuarterlyReport: Sendable {
    public var release: Release
    public var period: Period
    /// The `--filter` conditions; every group of the report is within them.
    public var filter: [GroupCondition]
    public var organization: String?
    /// The organisation's sites, for site names.
    public var sites: [AnswerOption]
    public var calculated: CalculatedFigures

    /// Describes a report.
    public init(release: Release, period: Period, filter: [GroupCondition] = [], organization: String? = nil, sites: [AnswerOption] = [], calculated: CalculatedFigures = CalculatedFigures()) {
        self.release = release
        self.period = period
        self.filter = filter
        self.organization = organization
        self.sites = sites
        self.calculated = calculated
    }

    /// The CSV rows of the report's quarter (the previous quarter's rows stay out of this file).
    public var rows: [TidyRow] {
        var single = release
        single.periods = [period]
        return TidyCSV.rows(single, calculated: calculated)
    }

    /// The page in the language of `strings`.
    public func page(strings: ReportStrings) -> QuarterlyPage {
        let module = release.module
        let language = strings.language
        let index = RowIndex(rows)
        let top = GroupKey(filter)
        let labels = GroupLabels(module: module, sites: sites, language: language)
        let builder = QuestionViewBuilder(module: module, period: period, group: top, rows: index, strings: strings, session: nil)
        let catalogue = ReportCatalogue(module: module)
        let topTable = release.tables.first { $0.dimensions.isEmpty } ?? BreakdownTable(dimensions: [], filter: filter)
        let reported = Set(catalogue.questions(in: topTable).map(\.id))
        let shown = ShownFigures(release)
        let previous = release.periods.contains(period.previous) ? period.previous : nil

        var number = 0
        var numbers: [String: Int] = [:]
        var sections: [SectionView] = []
        var needs: [QuestionView] = []
        for section in module.sections {
            var questions: [QuestionView] = []
            for question in section.questions where reported.contains(question.id) {
                number += 1
                numbers[question.id] = number
                if question.isNeedsQuestion {
                    needs.append(builder.view(question, number: number, ranked: true))
                    continue
                }
                var view = builder.view(question, number: number)
                if !question.favorable.isEmpty {
                    view.change = [change(of: question, previous: previous, shown: shown, group: top, strings: strings)]
                }
                questions.append(view)
            }
            if !questions.isEmpty {
                sections.append(SectionView(title: section.title.text(in: language), questions: questions))
            }
        }

        let respondents = index.cell(period, top, nil, .respondents, strings: strings)
        let headcount = calculated.headcount(of: top)
        let participation = ParticipationView(
            respondents: respondents,
            responseRate: headcount == nil ? [] : [index.cell(period, top, nil, .responseRate, strings: strings)],
            // A withheld quarter shows markers only; the note says why, so no one reads them as empty.
            note: strings.text(release.withheld.contains(period) ? "withheld-note" : headcount == nil ? "no-headcount" : "headcount-note"))

        let breakdowns = release.tables.filter { !$0.dimensions.isEmpty }.map { table in
            breakdown(table, labels: labels, index: index, numbers: numbers, strings: strings)
        }
        let comments = (release.comments[period] ?? [:]).sorted { ($0.key) < ($1.key) }.compactMap { id, list -> CommentGroup? in
            guard !list.isEmpty, let question = module.question(id: id) else { return nil }
            return CommentGroup(question: question.text.text(in: language), comments: list)
        }
        let thresholds = module.thresholds
        let filterText = filter.map { "\(labels.dimensionName($0.dimension, strings: strings)): \(labels.label($0))" }.joined(separator: "; ")
        return QuarterlyPage(
            lang: language, t: strings.table, surveyTitle: module.title.text(in: language),
            organization: organization ?? "", hasOrganization: organization != nil,
            subtitle: strings.text("quarterly-title") + " · " + strings.text("report-for", ["period": period.description]),
            filterNote: strings.text("filtered-to", ["filter": filterText]), hasFilter: !filter.isEmpty,
            participation: participation, sections: sections, breakdowns: breakdowns,
            breakdownLegend: breakdowns.first { !$0.withheld }?.columns ?? [], needs: needs,
            comments: comments, hasComments: !comments.isEmpty,
            commentsIntro: strings.text("comments-intro", ["n": String(thresholds.comments)]),
            methods: MethodsText.paragraphs(MethodsText.quarterly, thresholds: thresholds, strings: strings),
            attribution: module.attribution?.text(in: language) ?? "", hasAttribution: module.attribution != nil)
    }

    /// The favourable percentage's change since the previous quarter, from shown figures of both.
    private func change(of question: Question, previous: Period?, shown: ShownFigures, group: GroupKey, strings: ReportStrings) -> ChangeView {
        let heading = strings.text("change", ["period": (previous ?? period.previous).description])
        guard let previous, let before = shown.favorable(previous, group, question), let now = shown.favorable(period, group, question),
            let change = ProportionChange(earlier: before, later: now)
        else {
            return ChangeView(available: false, heading: heading, text: strings.text("no-change-data", ["period": period.previous.description]), verdict: "", clear: false, up: false)
        }
        let text = strings.text("change-points", [
            "points": strings.signed(change.points, digits: 1), "lower": strings.signed(change.lower, digits: 1),
            "upper": strings.signed(change.upper, digits: 1),
        ])
        let verdict = change.isClear ? strings.text(change.points > 0 ? "clear-increase" : "clear-decrease") : strings.text("no-clear-change")
        return ChangeView(available: true, heading: heading, text: text, verdict: verdict, clear: change.isClear, up: change.points > 0)
    }

    private func breakdown(_ table: BreakdownTable, labels: GroupLabels, index: RowIndex, numbers: [String: Int], strings: ReportStrings) -> BreakdownView {
        let module = release.module
        let dimensions = table.dimensions.map { labels.dimensionName($0, strings: strings) }.joined(separator: " › ")
        let title = strings.text("breakdown-by", ["dimensions": dimensions])
        if release.withheldTables[period]?.contains(table) == true {
            return BreakdownView(title: title, columns: [], groups: [], hasResponseRate: false, withheld: true, note: strings.text("table-withheld-note"))
        }
        let questions = ReportCatalogue(module: module).questions(in: table).filter { !$0.favorable.isEmpty && !$0.isNeedsQuestion }
        let observed = release.groups[period]?[table] ?? []
        // The whole organisation (or filter group) first, as the row every group compares with.
        let groups = [GroupKey(filter)] + labels.groups(of: table, observed: observed)
        let hasRate = groups.contains { calculated.headcount(of: $0) != nil }
        let rows = groups.map { group in
            BreakdownRow(
                label: labels.label(group, omitting: filter, whole: strings.text("all-respondents")),
                respondents: index.cell(period, group, nil, .respondents, strings: strings),
                responseRate: calculated.headcount(of: group) == nil ? .plain("") : index.cell(period, group, nil, .responseRate, strings: strings),
                values: questions.map { index.cell(period, group, $0.id, .favorablePercent, strings: strings) })
        }
        return BreakdownView(
            title: title,
            columns: questions.map { BreakdownColumn(number: numbers[$0.id] ?? 0, text: $0.text.text(in: strings.language)) },
            groups: rows, hasResponseRate: hasRate)
    }
}
