/// One table of a report: the groups of a breakdown (none, one dimension, or a nested pair), within
/// an optional filter.
public struct BreakdownTable: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The breakdown's dimensions, outer first; empty for the whole organisation (or filter group).
    public var dimensions: [String]
    /// Conditions every group of the table also meets (an ad-hoc `--filter`).
    public var filter: [GroupCondition]

    /// Creates a table.
    public init(dimensions: [String], filter: [GroupCondition] = []) {
        self.dimensions = dimensions
        self.filter = filter
    }

    /// Whether `group` is one of the table's groups: the filter's conditions, then one value of each
    /// dimension in order.
    public func holds(_ group: GroupKey) -> Bool {
        let conditions = group.conditions
        return conditions.count == filter.count + dimensions.count && Array(conditions.prefix(filter.count)) == filter
            && zip(conditions.dropFirst(filter.count), dimensions).allSatisfy { $0.dimension == $1 }
    }

    /// Whether the table shows the whole organisation, the only place sensitive questions appear.
    public var isOrganisationLevel: Bool { dimensions.isEmpty && filter.isEmpty }

    public var description: String {
        let by = dimensions.isEmpty ? "all" : dimensions.joined(separator: " > ")
        return filter.isEmpty ? by : "\(by) within \(GroupKey(filter))"
    }

    public static func < (lhs: BreakdownTable, rhs: BreakdownTable) -> Bool {
        (lhs.filter.count, lhs.dimensions.count, lhs.description) < (rhs.filter.count, rhs.dimensions.count, rhs.description)
    }
}
