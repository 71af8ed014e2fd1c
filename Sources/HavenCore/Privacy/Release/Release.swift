import HavenSurvey

/// Every number one report publishes, each shown or hidden, after disclosure control.
public struct Release: Sendable {
    /// The module.
    public var module: SurveyModule
    /// The quarters covered.
    public var periods: [Period]
    /// The tables, in report order.
    public var tables: [BreakdownTable]
    /// Every figure, shown or not, but for those of `withheldTables`: all hidden, and so many in a
    /// national report (millions a quarter) that keeping them would take gigabytes to say nothing.
    public var figures: [FigureKey: Figure]
    /// The groups of each table and quarter that have respondents, in a stable order.
    public var groups: [Period: [BreakdownTable: [GroupKey]]]
    /// Comments released per quarter and free-text question, for the report's whole population
    /// (the organisation, or the filter's group): redacted and shuffled, with no metadata.
    public var comments: [Period: [String: [String]]]
    /// Comments of the same lists held back for an administrator's review, never published.
    public var quarantined: [Period: [String: [QuarantinedComment]]]
    /// Quarters the audit could not clear: nothing of them is published, not even their groups.
    public var withheld: [Period]
    /// Tables of each quarter the audit could not clear cell by cell and hid whole: listed without
    /// groups or figures, so not even which groups have members is told.
    public var withheldTables: [Period: [BreakdownTable]]
    /// A fingerprint of each quarter's data, so later releases can tell whether it changed. Of the
    /// counts alone when no comment text was kept (a report from a file without its HTML page,
    /// which no ledger records).
    public var fingerprints: [Period: String]

    /// The figure for `key`, if the release has it.
    public subscript(key: FigureKey) -> Figure? { figures[key] }

    /// The figures in canonical order.
    public var sortedFigures: [(FigureKey, Figure)] {
        figures.sorted { $0.key < $1.key }
    }
}
