/// One number of a release, with whether it may be shown.
public struct Figure: Sendable, Hashable {
    /// Why a figure is hidden; never shown to readers (every hidden figure gets one identical
    /// marker, so the reason cannot be told apart), kept for the audit and tests.
    public enum Suppression: String, Sendable, Hashable {
        /// The group is smaller than the threshold.
        case smallGroup = "small-group"
        /// Fewer respondents answered the question than the threshold.
        case fewAnswers = "few-answers"
        /// A count between 1 and the threshold, a protected zero, or nearly everyone.
        case smallCount = "small-count"
        /// Computed from a hidden count.
        case derived
        /// Hidden so that another hidden number cannot be worked out.
        case complementary
        /// Changed by fewer than the threshold since an earlier release of the same quarter.
        case lateChange = "late-change"
        /// The audit could not prove the table safe, so all of it is hidden.
        case failClosed = "fail-closed"
    }

    /// The exact count behind the figure (for percentages and means, the numerator's count).
    public var count: Int
    /// The value shown: a count, a percentage (0–100) or a mean.
    public var value: Double
    /// Nil when the figure may be shown.
    public var suppression: Suppression?

    /// Whether the figure may be shown.
    public var isShown: Bool { suppression == nil }
}
