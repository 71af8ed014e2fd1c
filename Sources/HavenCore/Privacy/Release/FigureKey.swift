/// Names one number a report may publish.
public struct FigureKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The quarter.
    public var period: Period
    /// The group.
    public var group: GroupKey
    /// The question; nil for `respondents`.
    public var question: String?
    /// What is measured.
    public var measure: Measure
    /// The option, for `count` and `percent`.
    public var option: String?

    /// Creates a key.
    public init(period: Period, group: GroupKey, question: String? = nil, measure: Measure, option: String? = nil) {
        self.period = period
        self.group = group
        self.question = question
        self.measure = measure
        self.option = option
    }

    public var description: String {
        "\(period) \(group) \(question ?? "-") \(measure.rawValue) \(option ?? "-")"
    }

    public static func < (lhs: FigureKey, rhs: FigureKey) -> Bool {
        (lhs.period, lhs.group, lhs.question ?? "", lhs.measure, lhs.option ?? "") < (rhs.period, rhs.group, rhs.question ?? "", rhs.measure, rhs.option ?? "")
    }
}
