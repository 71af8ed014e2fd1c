@testable import HavenCore

/// A two-way table of inner-cell counts, published as an attacker would see it: all row and column
/// margins and the grand total, every interior cell except the hidden ones, and, when zeros are
/// published, "hidden ≥ 1" for each hidden cell. Variable `r * columns + c` is cell (r, c).
struct TableFixture {
    let values: [[Int]]
    var rows: Int { values.count }
    var columns: Int { values[0].count }

    func variable(_ row: Int, _ column: Int) -> Int { row * columns + column }

    func system(hidden: Set<[Int]>, hiddenAtLeastOne: Bool = false) -> AttackerSystem {
        var system = AttackerSystem(variableCount: rows * columns)
        for row in 0..<rows {
            system.addEquality((0..<columns).map { (variable(row, $0), 1) }, equals: values[row].reduce(0, +))
        }
        for column in 0..<columns {
            system.addEquality((0..<rows).map { (variable($0, column), 1) }, equals: values.map { $0[column] }.reduce(0, +))
        }
        system.addEquality((0..<rows * columns).map { ($0, 1) }, equals: values.joined().reduce(0, +))
        for row in 0..<rows {
            for column in 0..<columns {
                if hidden.contains([row, column]) {
                    if hiddenAtLeastOne { system.addLowerBound([(variable(row, column), 1)], atLeast: 1) }
                } else {
                    system.addEquality([(variable(row, column), 1)], equals: values[row][column])
                }
            }
        }
        return system
    }
}

/// Shorthand for the objective "the count in variable `index`".
func cell(_ index: Int) -> [LinearTerm] { [(index, 1)] }
