/// Everything the sessions template shows, laid out and in the report's language.
public struct SessionsPage: Sendable {
    public var lang: String
    public var t: [String: String]
    public var surveyTitle: String
    public var organization: String
    public var hasOrganization: Bool
    public var subtitle: String
    /// The sessions with their own figures, then all sessions combined.
    public var sessions: [SessionView]
    /// True when no single session can be shown on its own.
    public var noSessions: Bool
    public var comparison: ComparisonView
    public var comments: [CommentGroup]
    public var hasComments: Bool
    public var commentsIntro: String
    public var methods: [String]
    public var attribution: String
    public var hasAttribution: Bool
}

/// One session's card (or the card of all sessions combined).
public struct SessionView: Sendable {
    public var title: String
    public var anchor: String
    public var respondents: Cell
    public var objectives: [RatingListView]
    public var confidence: [ConfidenceView]
    public var intent: [QuestionView]
    public var barriers: [QuestionView]
    public var ratings: [RatingListView]
    public var recommendation: Cell
    public var hasRecommendation: Bool
    public var others: [QuestionView]
}

/// Several questions' favourable percentages as bars, followed by their table.
public struct RatingListView: Sendable {
    public var heading: String
    public var note: String
    public var charts: [ChartDrawing]
    public var items: [RatingItem]
    public var chartNote: String
    public var hasChartNote: Bool
}

/// One question of a rating list.
public struct RatingItem: Sendable {
    public var text: String
    public var value: Cell
}

/// A retrospective confidence pair: both distributions and the shift of means.
public struct ConfidenceView: Sendable {
    public var text: String
    public var charts: [ChartDrawing]
    public var legend: [LegendEntry]
    public var rows: [PairRow]
    public var shift: Cell
    public var shiftText: String
    public var chartNote: String
    public var hasChartNote: Bool
}

/// One answer's "before" and "now" percentages.
public struct PairRow: Sendable {
    public var label: String
    public var before: Cell
    public var now: Cell
}

/// The sessions side by side: a row per measure, a column per shown session and all sessions.
public struct ComparisonView: Sendable {
    public var columns: [String]
    public var rows: [ComparisonRow]
}

/// One measure across sessions.
public struct ComparisonRow: Sendable {
    public var label: String
    public var cells: [Cell]
}
