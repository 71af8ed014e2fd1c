/// A named answer scale shared by modules (AGREE5, CONF5, …), defined in `surveys/common/scales.yaml`.
public struct Scale: Sendable, Hashable {
    /// The name modules refer to.
    public var name: String
    /// Whether the points are ordered and scored by their numeric codes.
    public var isOrdered: Bool
    /// The scale's points, in display order.
    public var points: [AnswerOption]
    /// Options shown after the points and never scored ("Don't know / Not applicable").
    public var outside: [AnswerOption]
    /// Codes counted as favourable by default.
    public var favorable: [String]

    /// Creates a scale.
    public init(name: String, isOrdered: Bool, points: [AnswerOption], outside: [AnswerOption], favorable: [String]) {
        self.name = name
        self.isOrdered = isOrdered
        self.points = points
        self.outside = outside
        self.favorable = favorable
    }
}
