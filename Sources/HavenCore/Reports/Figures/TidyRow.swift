import Foundation
import HavenCSV

/// One row of a report's tidy CSV: a figure from the privacy engine, or a figure the report
/// calculates from shown figures only. The HTML page shows exactly the value text of the row a
/// number comes from.
public struct TidyRow: Sendable, Hashable {
    /// The quarter.
    public var period: Period
    /// The group.
    public var group: GroupKey
    /// The question; nil for group-level measures.
    public var question: String?
    /// The CSV `measure` column: a `Measure` or a `CalculatedMeasure`.
    public var measure: String
    /// The option, for counts and percentages.
    public var option: String?
    /// The value; `.empty` when hidden.
    public var value: CSVField
    /// Whether the value may be shown.
    public var isShown: Bool

    /// Creates a row.
    public init(period: Period, group: GroupKey, question: String?, measure: String, option: String?, value: CSVField, isShown: Bool) {
        self.period = period
        self.group = group
        self.question = question
        self.measure = measure
        self.option = option
        self.value = isShown ? value : .empty
        self.isShown = isShown
    }

    /// The row of an engine figure, its value written as the tidy CSV writes it.
    init(_ key: FigureKey, _ figure: Figure) {
        let value: CSVField
        switch key.measure {
        case .respondents, .answered, .count, .comments: value = .integer(figure.count)
        case .percent, .favorablePercent: value = .decimal(figure.value, fractionDigits: 1)
        case .mean: value = .decimal(figure.value, fractionDigits: 2)
        }
        self.init(period: key.period, group: key.group, question: key.question, measure: key.measure.rawValue, option: key.option, value: value, isShown: figure.isShown)
    }

    /// Names the row in HTML `data-key` attributes: `period|group|question|measure|option`.
    public var dataKey: String {
        TidyRow.dataKey(period: period, group: group, question: question, measure: measure, option: option)
    }

    /// The `data-key` of any row.
    public static func dataKey(period: Period, group: GroupKey, question: String?, measure: String, option: String?) -> String {
        [period.description, group.description, question ?? "", measure, option ?? ""].joined(separator: "|")
    }

    /// The value exactly as the CSV file holds it; empty when hidden.
    public var valueText: String {
        guard isShown else { return "" }
        let line = (try? CSVWriter.string { try $0.write(row: [value]) }) ?? ""
        return line.trimmingCharacters(in: .newlines)
    }

    /// The CSV fields of the row, in `TidyCSV.header` order.
    func fields(survey: String) -> [CSVField] {
        [
            .text(survey), .text(period.description), .text(group.description), .text(question ?? ""), .text(measure),
            .text(option ?? ""), value, .text(isShown ? "shown" : "suppressed"),
        ]
    }
}
