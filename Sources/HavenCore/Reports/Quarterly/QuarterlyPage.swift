/// Everything the quarterly template shows, already laid out and in the report's language: the
/// template only places it, and Mustache escapes every text.
public struct QuarterlyPage: Sendable {
    public var lang: String
    /// The report's own words.
    public var t: [String: String]
    public var surveyTitle: String
    public var organization: String
    public var hasOrganization: Bool
    public var subtitle: String
    public var filterNote: String
    public var hasFilter: Bool
    public var participation: ParticipationView
    public var sections: [SectionView]
    public var breakdowns: [BreakdownView]
    /// The questions of the breakdown columns, listed once under the tables.
    public var breakdownLegend: [BreakdownColumn]
    public var needs: [QuestionView]
    public var comments: [CommentGroup]
    public var hasComments: Bool
    public var commentsIntro: String
    public var methods: [String]
    public var attribution: String
    public var hasAttribution: Bool
}

/// Respondents and, where the configuration gives a headcount, the response rate.
public struct ParticipationView: Sendable {
    public var respondents: Cell
    public var responseRate: [Cell]
    public var note: String
}

/// A module section's questions.
public struct SectionView: Sendable {
    public var title: String
    public var questions: [QuestionView]
}

/// One breakdown table: a row per group, a column per question with a favourable percentage.
public struct BreakdownView: Sendable {
    public var title: String
    public var columns: [BreakdownColumn]
    public var groups: [BreakdownRow]
    public var hasResponseRate: Bool
    /// Whether the table was hidden whole; `note` then says so in place of its rows.
    public var withheld = false
    public var note = ""
}

/// A breakdown column: the question's number (as in the results) and its full wording.
public struct BreakdownColumn: Sendable {
    public var number: Int
    public var text: String
}

/// One group's row of a breakdown table.
public struct BreakdownRow: Sendable {
    public var label: String
    public var respondents: Cell
    public var responseRate: Cell
    public var values: [Cell]
}

/// Published comments on one question.
public struct CommentGroup: Sendable {
    public var question: String
    public var comments: [String]
}
