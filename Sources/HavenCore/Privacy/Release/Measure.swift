/// What a published number measures; except `comments`, the values of the tidy CSV's `measure` column.
public enum Measure: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Respondents in the group.
    case respondents
    /// Respondents in the group who answered the question.
    case answered
    /// Respondents who chose an option.
    case count
    /// `count` as a percentage of `answered`.
    case percent
    /// Favourable answers as a percentage of scored answers (prefer-not and outside-scale answers excluded).
    case favorablePercent = "favorable_percent"
    /// The mean score of an ordered scale.
    case mean
    /// How many comments a group's list for a free-text question holds. Kept in the ledger so later
    /// releases know which lists were published; the list itself is the report's, never a CSV row.
    case comments

    /// The order of declaration. Spelled out: `allCases` builds an array on every call, and the
    /// engine compares measures millions of times while it sorts a quarter's figures.
    private var order: Int {
        switch self {
        case .respondents: 0
        case .answered: 1
        case .count: 2
        case .percent: 3
        case .favorablePercent: 4
        case .mean: 5
        case .comments: 6
        }
    }

    public static func < (lhs: Measure, rhs: Measure) -> Bool { lhs.order < rhs.order }
}
