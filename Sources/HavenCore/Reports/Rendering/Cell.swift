/// One number on a page: the exact text of its tidy-CSV row with the row's `data-key`, or the
/// uniform confidentiality marker when hidden (whatever the reason, and also for a group with no
/// respondents, so a page never tells an empty group from a small one).
public struct Cell: Sendable {
    /// The text shown (`42`, `61.5%`, `—`).
    public var text: String
    /// The tidy-CSV row the number comes from; empty for a hidden number or a label.
    public var key: String
    /// Whether the marker stands in for a hidden number.
    public var hidden: Bool
    /// Whether it carries a `data-key`.
    public var keyed: Bool

    /// The marker for a hidden number.
    public static func hiddenMarker(_ strings: ReportStrings) -> Cell {
        Cell(text: strings.text("suppressed-marker"), key: "", hidden: true, keyed: false)
    }

    /// The cell of a CSV row: its value text (with `suffix`, such as `%`), or the marker.
    public static func of(_ row: TidyRow?, suffix: String = "", strings: ReportStrings) -> Cell {
        guard let row, row.isShown else { return hiddenMarker(strings) }
        return Cell(text: row.valueText + suffix, key: row.dataKey, hidden: false, keyed: true)
    }

    /// Plain text that is not a figure (a label, a calculated change shown beside its figures).
    public static func plain(_ text: String) -> Cell {
        Cell(text: text, key: "", hidden: false, keyed: false)
    }
}

/// The rows of a report's CSV by `data-key`, so a page shows each number exactly as the CSV has it.
public struct RowIndex: Sendable {
    private var rows: [String: TidyRow] = [:]

    /// Indexes `rows`.
    public init(_ rows: [TidyRow]) {
        for row in rows { self.rows[row.dataKey] = row }
    }

    /// The row of a figure or calculated measure.
    public func row(_ period: Period, _ group: GroupKey, _ question: String?, _ measure: String, _ option: String? = nil) -> TidyRow? {
        rows[TidyRow.dataKey(period: period, group: group, question: question, measure: measure, option: option)]
    }

    /// The cell of an engine figure.
    public func cell(_ period: Period, _ group: GroupKey, _ question: String?, _ measure: Measure, _ option: String? = nil, strings: ReportStrings) -> Cell {
        let suffix = [.percent, .favorablePercent].contains(measure) ? "%" : ""
        return .of(row(period, group, question, measure.rawValue, option), suffix: suffix, strings: strings)
    }

    /// The cell of a calculated measure.
    public func cell(_ period: Period, _ group: GroupKey, _ question: String?, _ measure: CalculatedMeasure, strings: ReportStrings) -> Cell {
        .of(row(period, group, question, measure.rawValue), suffix: measure == .responseRate ? "%" : "", strings: strings)
    }
}
