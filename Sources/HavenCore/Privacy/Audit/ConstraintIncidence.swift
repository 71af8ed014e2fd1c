/// Per variable, the constraints of a list it appears in, with its coefficient, in the list's
/// order: every variable's entries in one array, each variable's found by where they start. A list
/// per variable took three million allocations and 18 MB for one question system of a national
/// quarter, two systems at a time.
struct ConstraintIncidence {
    /// Where each variable's entries start in the rows and `coefficients`; one more than there
    /// are variables, the last ending the entries. 32 bits, as the rows are.
    private let starts: [Int32]
    /// The entries' rows: in 16 bits where the list is that short (`narrowRows`: a national
    /// question system's equalities are, and their entries were 2 MB of its probe's peak in 32
    /// bits), else in 32 (`rows`); the other list is empty.
    private let narrowRows: [UInt16]
    private let rows: [Int32]
    /// Coefficients are 1 or a scale's score: 32 bits hold them in half the room, and none are
    /// kept where every one is 1, as in the counts' constraints (3 MB of a national question
    /// system's move search each time).
    private let coefficients: [Int32]
    /// The size of the list and of the system it was found for: an incidence shared between a
    /// system's certifiers is checked against each one's system.
    let constraintCount: Int
    let variableCount: Int

    /// The incidence of `constraints` over variables `0..<variableCount`, leaving out zero
    /// coefficients.
    init(_ constraints: [LinearConstraint], variableCount: Int) {
        var starts = [Int32](repeating: 0, count: variableCount + 1)
        for constraint in constraints {
            for term in constraint.terms where term.coefficient != 0 {
                starts[term.variable + 1] += 1
            }
        }
        for variable in 0..<variableCount {
            starts[variable + 1] += starts[variable]
        }
        let total = Int(starts[variableCount])
        var next = starts
        let isNarrow = constraints.count <= Int(UInt16.max) + 1
        var narrowRows = [UInt16](repeating: 0, count: isNarrow ? total : 0)
        var rows = [Int32](repeating: 0, count: isNarrow ? 0 : total)
        let weighted = !constraints.allSatisfy(\.terms.sumsEachOnce)
        var coefficients = [Int32](repeating: 1, count: weighted ? total : 0)
        for (row, constraint) in constraints.enumerated() {
            for term in constraint.terms where term.coefficient != 0 {
                let entry = Int(next[term.variable])
                if isNarrow { narrowRows[entry] = UInt16(row) } else { rows[entry] = Int32(row) }
                if weighted { coefficients[entry] = Int32(term.coefficient) }
                next[term.variable] += 1
            }
        }
        self.starts = starts
        self.narrowRows = narrowRows
        self.rows = rows
        self.coefficients = coefficients
        constraintCount = constraints.count
        self.variableCount = variableCount
    }

    /// The constraints `variable` appears in, by their index in the list, with its coefficient.
    subscript(variable: Int) -> LazyMapSequence<Range<Int>, (row: Int, coefficient: Int)> {
        let (coefficients, narrowRows, rows) = (coefficients, narrowRows, rows)
        return (Int(starts[variable])..<Int(starts[variable + 1])).lazy.map { entry in
            (rows.isEmpty ? Int(narrowRows[entry]) : Int(rows[entry]), coefficients.isEmpty ? 1 : Int(coefficients[entry]))
        }
    }

    /// How many constraints `variable` appears in.
    func count(of variable: Int) -> Int {
        Int(starts[variable + 1] - starts[variable])
    }
}

extension AttackerSystem {
    /// The incidence of the equalities: `shared` when given, one audit's for the certifiers of its
    /// system (three built the same list, 3.6 MB each in a national question system), else found now.
    func equalityIncidence(_ shared: ConstraintIncidence?) -> ConstraintIncidence {
        guard let shared else { return ConstraintIncidence(equalities, variableCount: variableCount) }
        precondition(
            shared.constraintCount == equalities.count && shared.variableCount == variableCount,
            "an incidence shared with a system of \(equalities.count) equalities over \(variableCount) unknowns is of another")
        return shared
    }
}
