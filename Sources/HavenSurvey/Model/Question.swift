/// One question of a module, with everything the answering flow, the importer and reports need.
public struct Question: Sendable, Hashable {
    /// The stable id, also the column name in CSV files.
    public var id: String
    /// The kind of answer.
    public var type: QuestionType
    /// The question as shown to respondents.
    public var text: LocalizedText
    /// Per-session wording that replaces `text` in that session (session feedback).
    public var sessionText: [String: LocalizedText]
    /// A short hint shown under the question.
    public var help: LocalizedText?
    /// The choices, in display order; for a scale question, its points then outside options.
    public var options: [AnswerOption]
    /// The named scale of a scale question.
    public var scale: Scale?
    /// For a dimension, its name (`role`, `site`, …).
    public var dimension: String?
    /// Whether a respondent may leave it unanswered.
    public var isOptional: Bool
    /// Whether it asks about a respondent's own experience of violence, abuse or exploitation.
    public var isSensitive: Bool
    /// Skip logic.
    public var showIf: Condition?
    /// Codes counted as favourable in reports.
    public var favorable: [String]
    /// A raised reporting threshold for this question.
    public var threshold: Int?
    /// For the "now" half of a retrospective before/now pair, the "before" question's id.
    public var before: String?
    /// For a multi-choice question, the most choices allowed.
    public var maxChoices: Int?
    /// For a text question, the longest answer accepted, in characters.
    public var maxLength: Int

    /// The default limit on free-text answers.
    public static let defaultMaxLength = 1000

    /// Creates a question.
    public init(
        id: String, type: QuestionType, text: LocalizedText, sessionText: [String: LocalizedText] = [:],
        help: LocalizedText? = nil, options: [AnswerOption] = [], scale: Scale? = nil, dimension: String? = nil,
        isOptional: Bool = true, isSensitive: Bool = false, showIf: Condition? = nil, favorable: [String] = [],
        threshold: Int? = nil, before: String? = nil, maxChoices: Int? = nil, maxLength: Int = Question.defaultMaxLength
    ) {
        self.id = id
        self.type = type
        self.text = text
        self.sessionText = sessionText
        self.help = help
        self.options = options
        self.scale = scale
        self.dimension = dimension
        self.isOptional = isOptional
        self.isSensitive = isSensitive
        self.showIf = showIf
        self.favorable = favorable
        self.threshold = threshold
        self.before = before
        self.maxChoices = maxChoices
        self.maxLength = maxLength
    }

    /// Whether this question is a report dimension.
    public var isDimension: Bool { type == .dimension }

    /// Whether any non-empty value is accepted (a `site` dimension with no configured list).
    public var acceptsAnyValue: Bool { type == .dimension && options.isEmpty }

    /// Whether the respondent is asked it (the session is set on the command line, never asked).
    public var isAsked: Bool { dimension != Dimension.session }

    /// The wording for a session, or the general wording.
    public func text(forSession session: String?) -> LocalizedText {
        session.flatMap { sessionText[$0] } ?? text
    }

    /// The option with `code`, if any.
    public func option(code: String) -> AnswerOption? {
        options.first { $0.code == code }
    }
}

/// Names of the dimensions Haven knows the meaning of.
public enum Dimension {
    /// The staff role.
    public static let role = "role"
    /// Fixed clinic, mobile unit, school-based, telehealth, administrative.
    public static let siteType = "site_type"
    /// The organisation's own sites: the list comes from its configuration, or is open.
    public static let site = "site"
    /// Whether the respondent supervises others.
    public static let supervisor = "supervisor"
    /// Tenure bands.
    public static let tenure = "tenure"
    /// The learning-collaborative session, set by `haven take --session N`, never asked.
    public static let session = "session"
    /// How a session was attended.
    public static let mode = "mode"
}
