/// The values the published numbers pin down in a system, nil where still unknown: one integer
/// per unknown, with a mark for "unknown", where optionals took 16 bytes each (a national
/// question system's 70,000, 1.1 MB, held through its audit).
struct KnownValues: Sendable {
    private var values: [Int]
    /// No count is this value: a known value is a number of people or a total of their scores.
    private static let unknown = Int.min

    /// `count` unknowns, none known yet.
    init(count: Int) {
        values = [Int](repeating: Self.unknown, count: count)
    }

    var indices: Range<Int> { values.indices }

    subscript(variable: Int) -> Int? {
        get { values[variable] == Self.unknown ? nil : values[variable] }
        set {
            // Fail closed: a value taken for the mark would leave the attacker knowing less.
            precondition(newValue != Self.unknown, "a known value is the mark for an unknown one")
            values[variable] = newValue ?? Self.unknown
        }
    }
}
