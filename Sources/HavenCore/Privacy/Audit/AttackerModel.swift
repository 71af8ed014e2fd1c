/// The attacker's knowledge prepared once, so that many protected quantities can be bounded
/// cheaply: the equalities are reduced to echelon form (for the exact-disclosure fast path) and
/// phase 1 of the simplex method has found a feasible basis. Each `interval(of:)` then costs at most
/// two phase-2 solves on one copy of that tableau.
///
/// The bounds are those of the linear-programming relaxation, rounded inward to integers
/// (`L = ⌈LP min⌉`, `U = ⌊LP max⌋`). Integer solutions are LP solutions, so `[L, U]` always contains
/// the attacker's true integer interval. For totally unimodular systems (a 2-D table with its
/// margins, 1-D hierarchies, plus bounds on single cells) every LP vertex is integral and `[L, U]`
/// *is* the integer interval. Otherwise (score-weighted sums from published means, hierarchies in
/// both dimensions, linked tables) the LP can be wider, which is optimistic for the protector: with
/// `x + y + z = 3` and `x + 2y + 3z = 6` the LP gives y ∈ [0, 3], while the integer solutions
/// (0,3,0) and (1,1,1) give y ∈ [1, 3]; integrality can even pin a value the LP leaves open.
struct AttackerModel: Sendable {
    private let variableCount: Int
    private let rowSpace: RowSpace
    private let feasible: SimplexTableau

    /// Prepares `system`. Throws `inconsistentSystem` if even its real relaxation has no solution,
    /// `unknownVariable` for a malformed term and `arithmeticOverflow` if exact arithmetic overflows.
    init(_ system: AttackerSystem) throws(AttackerModelError) {
        variableCount = system.variableCount
        rowSpace = try RowSpace(system)
        feasible = try SimplexTableau.feasible(for: system)
    }

    /// The interval of `objective · x` over the attacker's system (see the type's note on LP versus
    /// integer bounds). Throws `inconsistentSystem` if the rounded bounds cross, i.e. no integer
    /// solution exists, and `arithmeticOverflow` if exact arithmetic overflows.
    func interval(of objective: [LinearTerm]) throws(AttackerModelError) -> AttackerInterval {
        if let value = try rowSpace.determinedValue(of: objective) {
            // Known from the published numbers alone: exact disclosure, no LP needed.
            guard value.isInteger else { throw .inconsistentSystem }
            return AttackerInterval(lower: Int(value.numerator), upper: Int(value.numerator))
        }
        var costs = try objective.denseRow(variableCount: variableCount)
        costs += Array(repeating: .zero, count: feasible.columnCount - variableCount)
        // One copy serves both solves: the minimum's optimal basis is a feasible start for the maximum.
        var tableau = feasible
        let minimum = try tableau.minimum(of: costs)
        let negatedMaximum = try tableau.minimum(of: costs.map { (cost) throws(AttackerModelError) in try cost.negated() })
        // LP min −∞ or max +∞ (nothing caps the quantity) become the extreme integers.
        let lower = minimum.map { Int($0.ceiling) } ?? .min
        let upper = try negatedMaximum.map { (value) throws(AttackerModelError) in Int(try value.negated().floor) } ?? .max
        guard lower <= upper else { throw .inconsistentSystem }
        return AttackerInterval(lower: lower, upper: upper)
    }
}

/// The interval an attacker can prove for `objective · x` from `system`. For one-off questions;
/// to bound many quantities against the same system, prepare an `AttackerModel` once.
func interval(of objective: [LinearTerm], in system: AttackerSystem) throws(AttackerModelError) -> AttackerInterval {
    try AttackerModel(system).interval(of: objective)
}

/// Whether the published equalities alone pin `objective · x` down (the objective lies in their
/// row space), by exact Gaussian elimination. `true` means exact disclosure whatever the bounds;
/// `false` does not mean safe, since bounds and integrality can still pin it (ask `interval`).
func isDetermined(_ objective: [LinearTerm], by system: AttackerSystem) throws(AttackerModelError) -> Bool {
    try RowSpace(system).determinedValue(of: objective) != nil
}
