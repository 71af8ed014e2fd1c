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

/// A 2 × 2 × 2 table, every cell hidden and every two-way margin shown: the smallest system that
/// is no network (each cell lies in three pairwise crossing margins), where only the cube move
/// (+1 on the even corners, −1 on the odd ones) keeps every margin. Cell (i, j, k) is `i·4 + j·2 + k`.
enum CubeFixture {
    static let values = [2, 1, 1, 3, 1, 2, 3, 1]

    static var system: AttackerSystem {
        var system = AttackerSystem(variableCount: 8)
        func at(_ i: Int, _ j: Int, _ k: Int) -> Int { i * 4 + j * 2 + k }
        func publish(_ cells: [Int]) { system.addEquality(cells.map { ($0, 1) }, equals: cells.reduce(0) { $0 + values[$1] }) }
        for x in 0..<2 {
            for y in 0..<2 {
                publish([at(x, y, 0), at(x, y, 1)])
                publish([at(x, 0, y), at(x, 1, y)])
                publish([at(0, x, y), at(1, x, y)])
            }
        }
        return system
    }
}
