/// Known maximums per variable of an `AttackerSystem`, nil where none is known. A list is kept
/// only once some bound is: only the parts of a decomposition carry any, and a national question
/// system's list of nils was 1.1 MB at its audit's peak.
struct UpperBounds: Sendable {
    private let variableCount: Int
    private var maximums: [Int?] = []

    init(variableCount: Int) {
        self.variableCount = variableCount
    }

    /// Whether no variable has a known maximum.
    var isEmpty: Bool { maximums.isEmpty }

    subscript(variable: Int) -> Int? {
        maximums.isEmpty ? nil : maximums[variable]
    }

    /// Each variable with a known maximum, in order.
    var bounded: [(variable: Int, bound: Int)] {
        maximums.enumerated().compactMap { variable, bound in bound.map { (variable, $0) } }
    }

    /// Records `x[variable] ≤ value`, keeping the tighter bound if one is already known.
    mutating func add(on variable: Int, atMost value: Int) {
        precondition((0..<variableCount).contains(variable), "upper bound on unknown variable \(variable)")
        if maximums.isEmpty { maximums = Array(repeating: nil, count: variableCount) }
        maximums[variable] = min(maximums[variable] ?? value, value)
    }
}
