/// The span of the published equalities, kept in row echelon form over the rationals.
///
/// A protected quantity `a·x` is known exactly from the equalities alone iff `a` lies in this span
/// (the GaussSuppression criterion, §4.4): then `a = Σ λₖ·rowₖ` and every solution gives
/// `a·x = Σ λₖ·valueₖ`. Testing that is one pass of elimination, far cheaper than two LPs, so the
/// auditor uses it as a fast path for the exact-disclosure case.
struct RowSpace: Sendable {
    private let variableCount: Int
    /// Sparse echelon rows, sorted by pivot column; each row is 1 at its pivot and 0 before it.
    private var rows: [[(column: Int, coefficient: Rational)]] = []
    /// The right-hand side carried along with each row.
    private var values: [Rational] = []
    /// The pivot column of each row, ascending.
    private var pivots: [Int] = []

    /// Eliminates the system's equalities. Throws `inconsistentSystem` if they reduce to `0 = c`
    /// with `c ≠ 0`, and `unknownVariable` for a term outside the system.
    init(_ system: AttackerSystem) throws(AttackerModelError) {
        variableCount = system.variableCount
        for equality in system.equalities {
            var row = try equality.terms.denseRow(variableCount: variableCount)
            let value = try Rational(equality.value).subtracting(reduce(&row))
            guard let pivot = row.firstIndex(where: { !$0.isZero }) else {
                // A redundant equality is harmless, a contradictory one is a bug upstream.
                guard value.isZero else { throw .inconsistentSystem }
                continue
            }
            let scale = row[pivot]
            var sparse: [(column: Int, coefficient: Rational)] = []
            for column in pivot..<variableCount where !row[column].isZero {
                sparse.append((column, try row[column].divided(by: scale)))
            }
            let position = pivots.firstIndex(where: { $0 > pivot }) ?? pivots.endIndex
            rows.insert(sparse, at: position)
            values.insert(try value.divided(by: scale), at: position)
            pivots.insert(pivot, at: position)
        }
    }

    /// The value every solution of the equalities gives `objective`, or `nil` if the equalities
    /// leave it undetermined (it may still be pinned by bounds or integrality; the LP decides that).
    func determinedValue(of objective: [LinearTerm]) throws(AttackerModelError) -> Rational? {
        var row = try objective.denseRow(variableCount: variableCount)
        let value = try reduce(&row)
        return row.allSatisfy(\.isZero) ? value : nil
    }

    /// Subtracts from `row` the combination `Σ λₖ·rowₖ` that clears every pivot column and returns
    /// `Σ λₖ·valueₖ`. Ascending pivot order makes one pass enough: row k is zero before its pivot,
    /// so subtracting it never disturbs a pivot column already cleared.
    private func reduce(_ row: inout [Rational]) throws(AttackerModelError) -> Rational {
        var combined = Rational.zero
        for (index, pivot) in pivots.enumerated() {
            let factor = row[pivot]
            if factor.isZero { continue }
            for (column, coefficient) in rows[index] {
                row[column] = try row[column].subtracting(factor.multiplied(by: coefficient))
            }
            combined = try combined.adding(factor.multiplied(by: values[index]))
        }
        return combined
    }
}
