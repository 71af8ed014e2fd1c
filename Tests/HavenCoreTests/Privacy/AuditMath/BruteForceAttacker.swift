@testable import HavenCore

/// The test oracle: enumerates every non-negative integer vector satisfying an `AttackerSystem` and
/// reports the exact integer minimum and maximum of objectives over them (§4.4: "exhaustive
/// enumeration … for fixtures with ≤ 8 hidden cells and small values").
///
/// Enumeration must terminate, so every variable has to appear with a positive coefficient in an
/// equality whose coefficients are all non-negative; that equality caps it. At each node every
/// unassigned variable gets a cap (what its equalities still leave room for); the node is abandoned
/// if some equality or lower-bound row can no longer be met even with every unassigned variable at
/// its cap. An equality with a single unassigned variable forces it; otherwise the search branches
/// on the variable with the smallest cap.
struct BruteForceAttacker {
    private let system: AttackerSystem
    /// Per variable, the equalities it appears in, with its coefficient there.
    private let equalitiesOf: [[(equality: Int, coefficient: Int)]]
    private let equalityRows: [[(variable: Int, coefficient: Int)]]
    private let lowerBoundRows: [[(variable: Int, coefficient: Int)]]

    init(_ system: AttackerSystem) {
        self.system = system
        let n = system.variableCount
        equalityRows = system.equalities.map { Self.merged(Array($0.terms), n) }
        lowerBoundRows = system.lowerBounds.map { Self.merged(Array($0.terms), n) }
        var equalitiesOf = Array(repeating: [(equality: Int, coefficient: Int)](), count: n)
        for (index, row) in equalityRows.enumerated() {
            precondition(row.allSatisfy { $0.coefficient > 0 }, "the oracle needs non-negative equality coefficients")
            for (variable, coefficient) in row {
                equalitiesOf[variable].append((index, coefficient))
            }
        }
        for variable in 0..<n {
            precondition(!equalitiesOf[variable].isEmpty, "variable \(variable) is in no equality, so enumeration would not end")
        }
        self.equalitiesOf = equalitiesOf
    }

    /// The exact integer interval of each objective, or `nil` if the system has no integer solution.
    func intervals(of objectives: [[LinearTerm]]) -> [AttackerInterval]? {
        var result = objectives.map { _ in AttackerInterval(lower: .max, upper: .min) }
        var found = false
        forEachSolution { x in
            found = true
            for (index, objective) in objectives.enumerated() {
                var value = 0
                for (variable, coefficient) in objective { value += coefficient * x[variable] }
                result[index].lower = min(result[index].lower, value)
                result[index].upper = max(result[index].upper, value)
            }
        }
        return found ? result : nil
    }

    /// The exact integer interval of one objective, or `nil` if there is no integer solution.
    func interval(of objective: [LinearTerm]) -> AttackerInterval? {
        intervals(of: [objective])?.first
    }

    /// Whether some integer solution gives `objective` a value of at least `atLeast` or at most
    /// `atMost`: a depth-first search over integer tables that stops at the first such table and
    /// drops every branch whose linear relaxation (the system with the values chosen so far fixed)
    /// cannot reach the bound or has no solution. The relaxation only prunes, so a search that
    /// says yes has found a real integer table; an over-eager prune could only turn a yes into a
    /// no, i.e. report a leak that is not there, never hide one.
    func hasSolution(_ objective: [LinearTerm], atLeast: Int? = nil, atMost: Int? = nil) -> Bool {
        var found = false
        // Objective variables first, tried from the end that reaches the bound.
        let variables = Set(objective.map(\.variable))
        forEachSolution(
            first: variables, descending: atLeast != nil ? variables : [],
            prune: { x, assigned, _ in
                if found { return true }
                var fixed = system
                for variable in 0..<system.variableCount where assigned[variable] {
                    fixed.addEquality([(variable, 1)], equals: x[variable])
                }
                guard let relaxed = try? AttackerModel(fixed).interval(of: objective) else { return true }
                return atLeast.map { relaxed.upper < $0 } ?? false || atMost.map { relaxed.lower > $0 } ?? false
            },
            { x in
                let value = objective.reduce(0) { $0 + $1.coefficient * x[$1.variable] }
                if atLeast.map({ value >= $0 }) ?? false || atMost.map({ value <= $0 }) ?? false { found = true }
            })
        return found
    }

    private func forEachSolution(
        first: Set<Int> = [], descending: Set<Int> = [], prune: ([Int], [Bool], [Int]) -> Bool = { _, _, _ in false }, _ body: ([Int]) -> Void
    ) {
        let n = system.variableCount
        var x = Array(repeating: 0, count: n)
        var assigned = Array(repeating: false, count: n)
        // What each row still needs from the unassigned variables.
        var remaining = system.equalities.map(\.value)
        var shortfall = system.lowerBounds.map(\.value)
        var caps = Array(repeating: 0, count: n)

        func set(_ variable: Int, _ value: Int, sign: Int) {
            for (equality, coefficient) in equalitiesOf[variable] { remaining[equality] -= sign * coefficient * value }
            for (index, row) in lowerBoundRows.enumerated() {
                for term in row where term.variable == variable { shortfall[index] -= sign * term.coefficient * value }
            }
        }
        // The most the unassigned variables of `row` can still add (plain loops: this is the hot path).
        func reach(_ row: [(variable: Int, coefficient: Int)]) -> Int {
            var total = 0
            for (variable, coefficient) in row where !assigned[variable] && coefficient > 0 {
                total += coefficient * caps[variable]
            }
            return total
        }

        func search(_ depth: Int) {
            for value in remaining where value < 0 { return }
            var branch = -1
            for variable in 0..<n where !assigned[variable] {
                caps[variable] = system.upperBounds[variable] ?? .max
                for (equality, coefficient) in equalitiesOf[variable] {
                    caps[variable] = min(caps[variable], remaining[equality] / coefficient)
                }
                if caps[variable] < 0 { return }
                if branch < 0 || (first.contains(variable) ? 1 : 0, -caps[variable]) > (first.contains(branch) ? 1 : 0, -caps[branch]) { branch = variable }
            }
            for (index, row) in equalityRows.enumerated() where reach(row) < remaining[index] { return }
            for (index, row) in lowerBoundRows.enumerated() where reach(row) < shortfall[index] { return }
            if prune(x, assigned, caps) { return }
            if depth == n {
                body(x)
                return
            }
            // An equality with one unassigned variable forces it; otherwise branch on the tightest.
            var candidates = Array(0...caps[branch])
            for (index, row) in equalityRows.enumerated() {
                var open = -1
                var openCount = 0
                for (position, term) in row.enumerated() where !assigned[term.variable] {
                    open = position
                    openCount += 1
                }
                guard openCount == 1 else { continue }
                let (variable, coefficient) = row[open]
                let forced = remaining[index] / coefficient
                guard remaining[index] % coefficient == 0, forced <= caps[variable] else { return }
                branch = variable
                candidates = [forced]
                break
            }
            if descending.contains(branch) { candidates.reverse() }
            assigned[branch] = true
            for value in candidates {
                x[branch] = value
                set(branch, value, sign: 1)
                search(depth + 1)
                set(branch, value, sign: -1)
            }
            x[branch] = 0
            assigned[branch] = false
        }
        search(0)
    }

    /// The row with repeated variables added up and zero coefficients dropped, by variable.
    private static func merged(_ terms: [LinearTerm], _ count: Int) -> [(variable: Int, coefficient: Int)] {
        var row = Array(repeating: 0, count: count)
        for (variable, coefficient) in terms { row[variable] += coefficient }
        return row.indices.filter { row[$0] != 0 }.map { ($0, row[$0]) }
    }
}

