/// A dense simplex tableau over exact rationals, in canonical form for a feasible basis.
///
/// The attacker's system becomes `A·x' = b, x' ≥ 0, b ≥ 0` with one slack column per lower-bound
/// row (`Σ − s = v`) and per upper bound (`x + s = u`). `feasible(for:)` runs phase 1 once; after
/// that every objective is a phase-2 solve starting from whatever feasible basis the tableau holds,
/// so a minimum followed by a maximum on the same copy costs no second phase 1.
///
/// Pivoting uses Bland's rule (lowest-index entering column, ties in the ratio test broken by the
/// lowest-index basic variable): published tables are full of zeros, so the LPs are highly
/// degenerate, and Bland's rule provably never cycles. Measured against Dantzig's rule (most
/// negative reduced cost) on 300-variable linked tables, Bland's needed more pivots but kept the
/// tableau sparser and its fractions far smaller (Dantzig's overflowed `Int64` with score rows), and
/// was faster overall.
struct SimplexTableau: Sendable {
    /// Constraint rows still present (redundant equalities are dropped after phase 1).
    private var rowCount: Int
    /// Columns without the right-hand side: the system's variables first, then slacks.
    /// Artificial variables of phase 1 have no column (see `feasible(for:)`).
    private(set) var columnCount: Int
    /// Row-major entries of `B⁻¹[A | b]`; the last entry of each row is the right-hand side, i.e.
    /// the current value of that row's basic variable.
    private var cells: [Rational]
    /// The basic column of each row; `columnCount + row` while phase 1's artificial variable for
    /// that row is still basic (so Bland's rule orders artificials after every real column).
    private var basis: [Int]

    private var stride: Int { columnCount + 1 }

    /// The tableau of `system` at a feasible basis, without artificial columns. Throws
    /// `inconsistentSystem` if the real relaxation already has no solution.
    static func feasible(for system: AttackerSystem) throws(AttackerModelError) -> SimplexTableau {
        let variableCount = system.variableCount
        let bounded = system.upperBounds.bounded
        let realColumns = variableCount + system.lowerBounds.count + bounded.count

        // Each row as (coefficients, slack column with its sign, right-hand side).
        var rows: [(coefficients: [Rational], slack: (column: Int, sign: Rational)?, value: Rational)] = []
        for equality in system.equalities {
            rows.append((try equality.terms.denseRow(variableCount: variableCount), nil, Rational(equality.value)))
        }
        for (index, bound) in system.lowerBounds.enumerated() {
            rows.append((try bound.terms.denseRow(variableCount: variableCount), (variableCount + index, Rational(-1)), Rational(bound.value)))
        }
        for (index, (variable, bound)) in bounded.enumerated() {
            let slack = variableCount + system.lowerBounds.count + index
            rows.append((try [(variable, 1)].denseRow(variableCount: variableCount), (slack, .one), Rational(bound)))
        }

        // Flip rows to b ≥ 0. A slack that then has coefficient +1 is a ready-made basic variable;
        // every other row starts with an artificial one.
        var tableau = SimplexTableau(
            rowCount: rows.count,
            columnCount: realColumns,
            cells: Array(repeating: .zero, count: rows.count * (realColumns + 1)),
            basis: Array(repeating: 0, count: rows.count)
        )
        let stride = tableau.stride
        for (index, row) in rows.enumerated() {
            let base = index * stride
            let slackSign = row.slack?.sign ?? .zero
            let flip = row.value.isNegative || (row.value.isZero && slackSign.isNegative)
            let sign = flip ? Rational(-1) : .one
            for (column, coefficient) in row.coefficients.enumerated() where !coefficient.isZero {
                tableau.cells[base + column] = try coefficient.multiplied(by: sign)
            }
            tableau.cells[base + realColumns] = try row.value.multiplied(by: sign)
            if let slack = row.slack {
                tableau.cells[base + slack.column] = try slack.sign.multiplied(by: sign)
            }
            if let slack = row.slack, slack.sign.isNegative == flip {
                tableau.basis[index] = slack.column  // its coefficient is now +1
            } else {
                tableau.basis[index] = realColumns + index
            }
        }

        // Phase 1: minimise the sum of artificials. Their columns are never stored: an artificial
        // that leaves the basis may be dropped for good (the restricted problem still reaches 0 iff
        // the system is feasible), so no pivot ever needs them. The reduced costs are minus the sum
        // of the rows whose artificial is basic.
        var objective = Array(repeating: Rational.zero, count: stride)
        for index in rows.indices where tableau.basis[index] >= realColumns {
            let base = index * stride
            for column in 0..<stride where !tableau.cells[base + column].isZero {
                objective[column] = try objective[column].subtracting(tableau.cells[base + column])
            }
        }
        _ = try tableau.minimise(&objective)
        guard objective[realColumns].isZero else { throw .inconsistentSystem }

        // Artificials still basic are at zero. Swap each for any real column in its row; a row with
        // none is a redundant equality and goes.
        var redundant = Array(repeating: false, count: rows.count)
        var nonzero: [Int] = []
        var unused: [Rational] = []
        for index in rows.indices where tableau.basis[index] >= realColumns {
            let base = index * stride
            if let column = (0..<realColumns).first(where: { !tableau.cells[base + $0].isZero }) {
                try tableau.pivot(row: index, column: column, objective: &unused, nonzero: &nonzero)
            } else {
                redundant[index] = true
            }
        }
        return redundant.contains(true) ? tableau.keeping(rows: rows.indices.filter { !redundant[$0] }) : tableau
    }

    /// The minimum of `costs · x'` over the feasible region (`costs` has one entry per column),
    /// or `nil` if it is unbounded below. Leaves the tableau at the optimal (still feasible) basis,
    /// a valid start for the next objective.
    mutating func minimum(of costs: [Rational]) throws(AttackerModelError) -> Rational? {
        // Reduced costs c − c_B·B⁻¹A, with −c_B·B⁻¹b (minus the current objective) as the last entry.
        var objective = costs + [.zero]
        for row in 0..<rowCount {
            let cost = costs[basis[row]]
            if cost.isZero { continue }
            let base = row * stride
            for column in 0..<stride where !cells[base + column].isZero {
                objective[column] = try objective[column].subtracting(cost.multiplied(by: cells[base + column]))
            }
        }
        guard try minimise(&objective) else { return nil }
        return try objective[stride - 1].negated()
    }

    /// Pivots on the reduced-cost row `objective` until it is optimal (`true`) or a column proves the
    /// objective unbounded below (`false`).
    private mutating func minimise(_ objective: inout [Rational]) throws(AttackerModelError) -> Bool {
        var nonzero: [Int] = []
        nonzero.reserveCapacity(stride)
        while let entering = objective[0..<columnCount].firstIndex(where: \.isNegative) {
            var leaving: Int?
            var bestRatio = Rational.zero
            for row in 0..<rowCount {
                let entry = cells[row * stride + entering]
                guard entry.isPositive else { continue }
                let ratio = try cells[row * stride + columnCount].divided(by: entry)
                if let current = leaving, !(ratio < bestRatio || (ratio == bestRatio && basis[row] < basis[current])) {
                    continue
                }
                leaving = row
                bestRatio = ratio
            }
            guard let leaving else { return false }
            try pivot(row: leaving, column: entering, objective: &objective, nonzero: &nonzero)
        }
        return true
    }

    /// Makes `column` basic in `row` by Gauss–Jordan elimination on every row and on `objective`
    /// (pass an empty array for none). `nonzero` is scratch space, reused across pivots so the
    /// inner loop never allocates; only the pivot row's nonzero columns are touched.
    private mutating func pivot(row: Int, column: Int, objective: inout [Rational], nonzero: inout [Int]) throws(AttackerModelError) {
        let stride = self.stride
        let rowCount = self.rowCount
        let pivotBase = row * stride
        try cells.withUnsafeMutableBufferPointer { (cells) throws(AttackerModelError) in
            let scale = try Rational.one.divided(by: cells[pivotBase + column])
            nonzero.removeAll(keepingCapacity: true)
            for j in 0..<stride where !cells[pivotBase + j].isZero {
                cells[pivotBase + j] = try cells[pivotBase + j].multiplied(by: scale)
                nonzero.append(j)
            }
            for other in 0..<rowCount where other != row {
                let base = other * stride
                let factor = cells[base + column]
                if factor.isZero { continue }
                for j in nonzero {
                    cells[base + j] = try cells[base + j].subtracting(factor.multiplied(by: cells[pivotBase + j]))
                }
            }
            if !objective.isEmpty {
                let factor = objective[column]
                if !factor.isZero {
                    for j in nonzero {
                        objective[j] = try objective[j].subtracting(factor.multiplied(by: cells[pivotBase + j]))
                    }
                }
            }
        }
        basis[row] = column
    }

    /// A copy without the rows not in `kept`.
    private func keeping(rows kept: [Int]) -> SimplexTableau {
        var result = SimplexTableau(rowCount: kept.count, columnCount: columnCount, cells: [], basis: kept.map { basis[$0] })
        result.cells.reserveCapacity(kept.count * stride)
        for row in kept {
            result.cells.append(contentsOf: cells[row * stride..<(row + 1) * stride])
        }
        return result
    }
}
