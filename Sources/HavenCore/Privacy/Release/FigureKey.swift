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

    /// By period, group, question, measure, then option. Field by field rather than as tuples,
    /// which copy (and retain) each key's group and strings on every comparison.
    public static func < (lhs: FigureKey, rhs: FigureKey) -> Bool {
        if lhs.period != rhs.period { return lhs.period < rhs.period }
        if lhs.group != rhs.group { return lhs.group < rhs.group }
        return lhs.precedes(inGroup: rhs)
    }

    /// `<` for two keys of the same period and group, which need not be compared (a group is an
    /// array of conditions): the order of a group's figures in a tabulation, searched by key.
    func precedes(inGroup other: FigureKey) -> Bool {
        if question != other.question { return (question ?? "") < (other.question ?? "") }
        if measure != other.measure { return measure < other.measure }
        return (option ?? "") < (other.option ?? "")
    }
}
