import HavenSurvey

/// What a respondent answered to one question.
public enum AnswerValue: Sendable, Hashable {
    /// One option code (single, scale and dimension questions).
    case choice(String)
    /// Option codes in the module's option order (multi-choice questions).
    case choices([String])
    /// Free text.
    case text(String)

    /// The separator between codes of a multi-choice answer in a CSV cell.
    public static let codeSeparator: Character = ";"

    /// The answer as a CSV cell: a code, codes joined by `;`, or the text.
    public var cell: String {
        switch self {
        case let .choice(code): code
        case let .choices(codes): codes.joined(separator: String(Self.codeSeparator))
        case let .text(text): text
        }
    }

    /// Whether the answer includes `code`.
    public func contains(_ code: String) -> Bool {
        switch self {
        case let .choice(chosen): chosen == code
        case let .choices(chosen): chosen.contains(code)
        case .text: false
        }
    }
}
