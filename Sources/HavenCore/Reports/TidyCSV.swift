import HavenCSV
import HavenSurvey

/// The tidy CSV of a release: one row per figure, hidden figures with an empty value.
///
/// Columns `survey,period,group,question,measure,option,value,status`; `group` is `all` or
/// `dim=value[;dim=value]`; `question` is empty for group sizes; `option` only for counts and
/// percentages. Every text field is formula-neutralised by the writer; numbers are written as they are.
public enum TidyCSV {
    /// The header row.
    public static let header = ["survey", "period", "group", "question", "measure", "option", "value", "status"]

    /// Writes the release's rows in report order.
    public static func write(_ release: Release, to writer: CSVWriter) throws {
        try writer.write(header: header)
        for (key, figure) in orderedFigures(release) {
            let value: CSVField
            if !figure.isShown {
                value = .empty
            } else {
                switch key.measure {
                case .respondents, .answered, .count, .comments: value = .integer(figure.count)
                case .percent, .favorablePercent: value = .decimal(figure.value, fractionDigits: 1)
                case .mean: value = .decimal(figure.value, fractionDigits: 2)
                }
            }
            try writer.write(row: [
                .text(release.module.id), .text(key.period.description), .text(key.group.description), .text(key.question ?? ""),
                .text(key.measure.rawValue), .text(key.option ?? ""), value, .text(figure.isShown ? "shown" : "suppressed"),
            ])
        }
        try writer.finish()
    }

    /// The figures in report order: quarter, table, group, then each question's figures in module order.
    public static func orderedFigures(_ release: Release) -> [(FigureKey, Figure)] {
        var rows: [(FigureKey, Figure)] = []
        var seen: Set<FigureKey> = []
        let questions = release.module.questions
        for period in release.periods {
            for table in release.tables {
                for group in release.groups[period]?[table] ?? [] {
                    var keys = [FigureKey(period: period, group: group, measure: .respondents)]
                    for question in questions {
                        keys.append(FigureKey(period: period, group: group, question: question.id, measure: .answered))
                        keys += question.options.map { FigureKey(period: period, group: group, question: question.id, measure: .count, option: $0.code) }
                        keys += question.options.map { FigureKey(period: period, group: group, question: question.id, measure: .percent, option: $0.code) }
                        keys.append(FigureKey(period: period, group: group, question: question.id, measure: .favorablePercent))
                        keys.append(FigureKey(period: period, group: group, question: question.id, measure: .mean))
                    }
                    for key in keys where seen.insert(key).inserted {
                        if let figure = release.figures[key] {
                            rows.append((key, figure))
                        }
                    }
                }
            }
        }
        return rows
    }
}
