/// One condition of a group: respondents whose answer to a dimension is a given value.
public struct GroupCondition: Sendable, Hashable, Comparable {
    /// The dimension's name (`role`).
    public var dimension: String
    /// The value's code (`nurse`).
    public var value: String

    /// Creates a condition.
    public init(dimension: String, value: String) {
        self.dimension = dimension
        self.value = value
    }

    public static func < (lhs: GroupCondition, rhs: GroupCondition) -> Bool {
        (lhs.dimension, lhs.value) < (rhs.dimension, rhs.value)
    }
}

/// A group of respondents a report shows numbers for: everyone, or those matching every condition.
///
/// Written `all`, `role=nurse` or `site_type=mobile;role=nurse` (conditions in breakdown order),
/// as in the tidy CSV's `group` column.
public struct GroupKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A group's conditions and description, shared by its copies: a national quarter's engine
    /// holds a group in each of a million protected quantities and their findings, and a key
    /// of its own list and string took 24 bytes and two retains a copy where this takes 8 and one.
    private final class Storage: Sendable {
        let conditions: [GroupCondition]
        let description: String

        init(_ conditions: [GroupCondition]) {
            self.conditions = conditions
            description = conditions.isEmpty ? "all" : conditions.map { "\($0.dimension)=\($0.value)" }.joined(separator: ";")
        }
    }

    private let storage: Storage

    /// The conditions, in breakdown order (a filter's conditions first).
    public var conditions: [GroupCondition] { storage.conditions }

    /// `all`, or `dimension=value` joined by `;`. Stored, because groups are compared by it
    /// millions of times while the engine orders figures.
    public var description: String { storage.description }

    /// Creates a group.
    public init(_ conditions: [GroupCondition] = []) {
        storage = Storage(conditions)
    }

    /// Everyone.
    public static let all = GroupKey()

    /// Whether `self` contains every respondent of `other` (its conditions are a subset).
    public func contains(_ other: GroupKey) -> Bool {
        conditions.allSatisfy(other.conditions.contains)
    }

    public static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
        (lhs.conditions.count, lhs.description) < (rhs.conditions.count, rhs.description)
    }

    public static func == (lhs: GroupKey, rhs: GroupKey) -> Bool {
        lhs.storage === rhs.storage || lhs.conditions == rhs.conditions
    }

    /// Only the stored description, which equal groups share: a national release looks up
    /// millions of figures by key, and hashing every condition's strings as well doubled the work.
    /// Equality still compares the conditions (a value holding `;` or `=` could make two
    /// descriptions alike).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}
