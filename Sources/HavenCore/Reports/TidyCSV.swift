import HavenCSV
import HavenSurvey

/// The tidy CSV of a release: one row per figure, hidden figures with an empty value.
///
/// Columns `survey,period,group,question,measure,option,value,status`; `group` is `all` or
/// `dim=value[;dim=value]` (a filter's conditions first); `question` is empty for group-level
/// measures; `option` only for counts and percentages. Every text field is formula-neutralised by
/// the writer; numbers are written as they are. After a group's engine figures come the measures
/// the report calculates from shown figures (`CalculatedMeasure`).
public enum TidyCSV {
    /// The header row.
    public static let header = ["survey", "period", "group", "question", "measure", "option", "value", "status"]

    /// Writes the release's rows in report order.
    public static func write(_ release: Release, calculated: CalculatedFigures? = nil, to writer: CSVWriter) throws {
        try write(rows: rows(release, calculated: calculated), survey: release.module.id, to: writer)
    }

    /// Writes rows made earlier (a report's rows, calculated measures included).
    public static func write(rows: [TidyRow], survey: String, to writer: CSVWriter) throws {
        try writer.write(header: header)
        for row in rows {
            try writer.write(row: row.fields(survey: survey))
        }
        try writer.finish()
    }

    /// Every row of the release's CSV, in report order.
    public static func rows(_ release: Release, calculated: CalculatedFigures? = nil) -> [TidyRow] {
        var rows: [TidyRow] = []
        var seen: Set<FigureKey> = []
        var seenGroups: Set<[String]> = []
        let shown = ShownFigures(release)
        for period in release.periods {
            for table in release.tables {
                for group in release.groups[period]?[table] ?? [] {
                    for key in keys(of: release.module, period: period, group: group) where seen.insert(key).inserted {
                        if let figure = release.figures[key] {
                            rows.append(TidyRow(key, figure))
                        }
                    }
                    if let calculated, seenGroups.insert([period.description, group.description]).inserted {
                        rows += calculated.rows(shown, period: period, group: group)
                    }
                }
            }
        }
        return rows
    }

    /// Every key a group may have, in report order.
    private static func keys(of module: SurveyModule, period: Period, group: GroupKey) -> [FigureKey] {
        var keys = [FigureKey(period: period, group: group, measure: .respondents)]
        for question in module.questions {
            keys.append(FigureKey(period: period, group: group, question: question.id, measure: .answered))
            keys += question.options.map { FigureKey(period: period, group: group, question: question.id, measure: .count, option: $0.code) }
            keys += question.options.map { FigureKey(period: period, group: group, question: question.id, measure: .percent, option: $0.code) }
            keys.append(FigureKey(period: period, group: group, question: question.id, measure: .favorablePercent))
            keys.append(FigureKey(period: period, group: group, question: question.id, measure: .mean))
        }
        return keys
    }
}
