/// One term `coefficient · x[variable]` of a linear form over the inner-cell counts.
typealias LinearTerm = (variable: Int, coefficient: Int)

/// A sparse linear form with a right-hand side; whether it is `=` or `≥` depends on where it is kept.
struct LinearConstraint: Sendable {
    /// The terms; a variable may repeat (its coefficients add up) and zero coefficients are ignored.
    let terms: LinearTerms
    /// The right-hand side.
    let value: Int

    init(terms: LinearTerms, value: Int) {
        self.terms = terms
        self.value = value
    }

    init(terms: [LinearTerm], value: Int) {
        self.init(terms: LinearTerms(terms), value: value)
    }
}

/// Everything the attacker knows, as linear constraints over non-negative integer inner-cell
/// counts `x[0..<variableCount]` (§4.4 of the disclosure-control spec).
///
/// Each published number is an equality: a group n or option count is a 0/1 row, a mean's numerator
/// is a score-weighted row (coefficients up to the scale's top score). "Hidden cells are ≥ 1 when
/// zeros are published" is a lower-bound row. Per-variable upper bounds carry label-implied limits.
/// Non-negativity and integrality of every variable are implicit.
struct AttackerSystem: Sendable {
    /// The number of inner cells, i.e. unknowns.
    let variableCount: Int
    /// Published numbers: `Σ terms = value`.
    private(set) var equalities: [LinearConstraint] = []
    /// Known minimums: `Σ terms ≥ value`.
    private(set) var lowerBounds: [LinearConstraint] = []
    /// Known maximums per variable (`x[i] ≤ upperBounds[i]`).
    private(set) var upperBounds: UpperBounds

    /// A system with no knowledge beyond `x ≥ 0`.
    init(variableCount: Int) {
        precondition(variableCount >= 0, "a system cannot have a negative number of variables")
        // Constraints keep their variables in 32 bits (`LinearTerms`).
        precondition(variableCount <= Int(Int32.max), "a system cannot have more than Int32.max variables")
        self.variableCount = variableCount
        upperBounds = UpperBounds(variableCount: variableCount)
    }

    /// Records a published number: `Σ terms = value`.
    mutating func addEquality(_ terms: [LinearTerm], equals value: Int) {
        equalities.append(LinearConstraint(terms: terms, value: value))
    }

    /// Records a published count: the sum of `variables`, each once, is `value`.
    mutating func addEquality(summing variables: [Int32], equals value: Int) {
        equalities.append(LinearConstraint(terms: LinearTerms(summing: variables), value: value))
    }

    /// Records a known minimum: `Σ terms ≥ value`.
    mutating func addLowerBound(_ terms: [LinearTerm], atLeast value: Int) {
        lowerBounds.append(LinearConstraint(terms: terms, value: value))
    }

    /// Records `x[variable] ≤ value`, keeping the tighter bound if one is already known.
    mutating func addUpperBound(on variable: Int, atMost value: Int) {
        upperBounds.add(on: variable, atMost: value)
    }
}

extension Collection<LinearTerm> {
    /// The coefficients as a dense row of `variableCount` entries (repeated variables add up).
    /// Throws `unknownVariable` for a term outside the system, so a malformed audit fails closed
    /// rather than silently dropping knowledge.
    func denseRow(variableCount: Int) throws(AttackerModelError) -> [Rational] {
        var row = [Rational](repeating: .zero, count: variableCount)
        for (variable, coefficient) in self {
            guard (0..<variableCount).contains(variable) else { throw .unknownVariable(variable) }
            row[variable] = try row[variable].adding(Rational(coefficient))
        }
        return row
    }
}

extension AttackerSystem {
    /// Every relation, the equalities first, with whether it is one; read in place: joined into
    /// one list of pairs, a national system's constraints were copied whole, 10 MB for each
    /// question system.
    var relations: FlattenSequence<[LazyMapSequence<[LinearConstraint], (constraint: LinearConstraint, isEquality: Bool)>]> {
        [equalities.lazy.map { ($0, true) }, lowerBounds.lazy.map { ($0, false) }].joined()
    }
}

extension Collection where Element: BinaryInteger {
    /// Whether each variable is greater than the one before: a sum naming its unknowns once each,
    /// in the order the quarter's model lists them. Checked before sorting or merging, which most
    /// sums of a national system then skip.
    var isStrictlyIncreasing: Bool {
        zip(self, dropFirst()).allSatisfy { $0 < $1 }
    }
}
