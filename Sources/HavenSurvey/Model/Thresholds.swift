/// The smallest groups a module's reports may show statistics for.
public struct Thresholds: Sendable, Hashable {
    /// Smallest group with any statistic shown.
    public var group: Int
    /// Smallest group for sensitive questions.
    public var sensitive: Int
    /// Smallest group whose free-text answers are shown.
    public var comments: Int

    /// Creates thresholds.
    public init(group: Int = Thresholds.defaults.group, sensitive: Int = Thresholds.defaults.sensitive, comments: Int = Thresholds.defaults.comments) {
        self.group = group
        self.sensitive = sensitive
        self.comments = comments
    }

    /// The defaults of the disclosure-control specification: 5, and 10 for sensitive items and comments.
    public static let defaults = Thresholds(group: 5, sensitive: 10, comments: 10)

    /// No threshold may be set below this: a group of two can subtract each other out.
    public static let minimum = 3
}
