/// What kind of answer a question takes.
public enum QuestionType: String, Sendable, Hashable, CaseIterable {
    /// One choice among the options.
    case single
    /// Any number of choices, up to an optional maximum.
    case multi
    /// One point of a named scale (or one of its outside options).
    case scale
    /// Free text.
    case text
    /// A segment reports are broken down by (role, site type, …); always one choice.
    case dimension
}
