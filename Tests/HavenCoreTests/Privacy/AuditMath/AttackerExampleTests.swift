@testable import HavenCore
import Testing

extension AuditMath {
    /// Hand-checked attacker problems from the disclosure-control spec (§4.3, §4.4, §10), each also
    /// checked against the brute-force oracle.
    @Suite("attacker intervals: worked examples")
    struct AttackerExampleTests {
        @Test("T02: Admin = 23 − RN − MD is [1, 10] with MD hidden, and exact once MD is published")
        func rowTotalDifferencing() throws {
            // Variables: RN, MD, Admin. Site total and RN published; zeros are published, so hidden ≥ 1.
            var system = AttackerSystem(variableCount: 3)
            system.addEquality([(0, 1), (1, 1), (2, 1)], equals: 23)
            system.addEquality([(0, 1)], equals: 12)
            system.addLowerBound([(1, 1)], atLeast: 1)
            system.addLowerBound([(2, 1)], atLeast: 1)
            let admin = try interval(of: cell(2), in: system)
            #expect(admin == AttackerInterval(lower: 1, upper: 10))
            #expect(!admin.isExact)
            #expect(BruteForceAttacker(system).interval(of: cell(2)) == admin)
            #expect(try !isDetermined(cell(2), by: system))

            system.addEquality([(1, 1)], equals: 8)
            let exposed = try interval(of: cell(2), in: system)
            #expect(exposed == AttackerInterval(lower: 3, upper: 3))
            #expect(exposed.isExact)
            #expect(try isDetermined(cell(2), by: system))
        }

        @Test("a hidden 2×2 rectangle: the LP interval equals the §4.3 rectangle witness", arguments: [0, 1])
        func rectangleWitness(lowerBound: Int) throws {
            let table = TableFixture(values: [[4, 7], [6, 3]])
            let system = table.system(hidden: [[0, 0], [0, 1], [1, 0], [1, 1]], hiddenAtLeastOne: lowerBound == 1)
            let model = try AttackerModel(system)
            let oracle = BruteForceAttacker(system)
            for i in 0..<2 {
                for j in 0..<2 {
                    let (k, l) = (1 - i, 1 - j)
                    let x = table.values
                    // Moving +d on (i,j),(k,l) and −d on (i,l),(k,j) keeps every margin.
                    let witness = AttackerInterval(
                        lower: x[i][j] - min(x[i][j] - lowerBound, x[k][l] - lowerBound),
                        upper: x[i][j] + min(x[i][l] - lowerBound, x[k][j] - lowerBound)
                    )
                    let lp = try model.interval(of: cell(table.variable(i, j)))
                    #expect(lp == witness, "cell (\(i), \(j))")
                    #expect(oracle.interval(of: cell(table.variable(i, j))) == witness, "cell (\(i), \(j))")
                }
            }
            // Concretely, for the top-left cell: 4 + d with d ∈ [−3, 6] (or [−2, 5] when hidden ≥ 1).
            #expect(try model.interval(of: cell(0)) == (lowerBound == 0 ? AttackerInterval(lower: 1, upper: 10) : AttackerInterval(lower: 2, upper: 9)))
        }

        @Test("3×3 with margins: hidden corners form a rectangle, a cell alone in its row is exact")
        func threeByThree() throws {
            let table = TableFixture(values: [[5, 3, 8], [2, 6, 4], [7, 1, 9]])
            let hidden: Set<[Int]> = [[0, 0], [0, 2], [2, 0], [2, 2], [1, 1]]
            for atLeastOne in [false, true] {
                let system = table.system(hidden: hidden, hiddenAtLeastOne: atLeastOne)
                let model = try AttackerModel(system)
                let oracle = BruteForceAttacker(system)
                // Centre: 6 = row 1 total − the published 2 and 4.
                #expect(try model.interval(of: cell(table.variable(1, 1))) == AttackerInterval(lower: 6, upper: 6))
                #expect(try isDetermined(cell(table.variable(1, 1)), by: system))
                // Corner (0,0) = 5 + d, (0,2) = 8 − d, (2,0) = 7 − d, (2,2) = 9 + d.
                let corner = try model.interval(of: cell(table.variable(0, 0)))
                #expect(corner == (atLeastOne ? AttackerInterval(lower: 1, upper: 11) : AttackerInterval(lower: 0, upper: 12)))
                #expect(try !isDetermined(cell(table.variable(0, 0)), by: system))
                for variable in 0..<9 {
                    #expect(try model.interval(of: cell(variable)) == oracle.interval(of: cell(variable)), "variable \(variable)")
                }
            }

            // An L of three hidden cells unravels: (1,0) is alone in row 1, then column 0 and row 0 follow.
            let unravelled = table.system(hidden: [[0, 0], [0, 1], [1, 0]])
            for (row, column) in [(0, 0), (0, 1), (1, 0)] {
                #expect(try interval(of: cell(table.variable(row, column)), in: unravelled).isExact)
                #expect(try isDetermined(cell(table.variable(row, column)), by: unravelled))
            }
        }

        @Test("a published mean (score-weighted sum) pins two hidden option counts")
        func meanPinsHiddenCells() throws {
            // Counts of answers 1…5: [2, 1, 4, 6, 7], n = 20, sum of scores 75. Options 1 and 2 hidden.
            let counts = [2, 1, 4, 6, 7]
            var system = AttackerSystem(variableCount: 5)
            system.addEquality((0..<5).map { ($0, 1) }, equals: 20)
            for option in 2..<5 { system.addEquality([(option, 1)], equals: counts[option]) }
            system.addLowerBound([(0, 1)], atLeast: 1)
            system.addLowerBound([(1, 1)], atLeast: 1)
            #expect(try interval(of: cell(0), in: system) == AttackerInterval(lower: 1, upper: 2))
            #expect(try !isDetermined(cell(0), by: system))

            // The mean 3.75 gives Σ score·count = 75, so x₀ + x₁ = 3 and x₀ + 2x₁ = 4.
            system.addEquality((0..<5).map { ($0, $0 + 1) }, equals: 75)
            #expect(try isDetermined(cell(0), by: system))
            #expect(try interval(of: cell(0), in: system) == AttackerInterval(lower: 2, upper: 2))
            #expect(try interval(of: cell(1), in: system) == AttackerInterval(lower: 1, upper: 1))
            #expect(BruteForceAttacker(system).interval(of: cell(0)) == AttackerInterval(lower: 2, upper: 2))
        }

        @Test("with a mean, integrality can be tighter than the LP: the LP interval is a relaxation")
        func relaxationIsWider() throws {
            // Three hidden options scored 1, 2, 3; n = 3 and the score sum 6 (mean 2.0) are published.
            var system = AttackerSystem(variableCount: 3)
            system.addEquality([(0, 1), (1, 1), (2, 1)], equals: 3)
            system.addEquality([(0, 1), (1, 2), (2, 3)], equals: 6)
            // Integer solutions are (0,3,0) and (1,1,1); the LP vertex (1.5, 0, 1.5) is not integral.
            #expect(BruteForceAttacker(system).interval(of: cell(1)) == AttackerInterval(lower: 1, upper: 3))
            #expect(try interval(of: cell(1), in: system) == AttackerInterval(lower: 0, upper: 3))
        }

        @Test("fractional LP bounds are rounded inward, which can itself pin a value")
        func inwardRounding() throws {
            // 2·x₀ + x₁ = 5 with x₁ ≤ 2 (a label-implied cap): the LP gives x₀ ∈ [1.5, 2.5], integers x₀ = 2.
            var system = AttackerSystem(variableCount: 2)
            system.addEquality([(0, 2), (1, 1)], equals: 5)
            system.addUpperBound(on: 1, atMost: 2)
            #expect(try interval(of: cell(0), in: system) == AttackerInterval(lower: 2, upper: 2))
            #expect(BruteForceAttacker(system).interval(of: cell(0)) == AttackerInterval(lower: 2, upper: 2))
            #expect(try !isDetermined(cell(0), by: system))
            // Rounding is per objective, not integer reasoning: x₁ = 5 − 2·x₀ is 1 in every integer
            // solution, but its LP range [0, 2] is already integral, so the relaxation stays wider.
            #expect(try interval(of: cell(1), in: system) == AttackerInterval(lower: 0, upper: 2))
            #expect(BruteForceAttacker(system).interval(of: cell(1)) == AttackerInterval(lower: 1, upper: 1))
        }

        @Test("linked tables: a site margin hidden in one table but published in the other exposes a cell")
        func linkedTables() throws {
            // Inner cells site {S, T} × role {RN, Other} × tenure {new, old}: variable s·4 + r·2 + t.
            let x = [4, 3, 1, 2, 6, 6, 2, 1]
            func inner(_ s: Int, _ r: Int, _ t: Int) -> Int { s * 4 + r * 2 + t }
            func byRole(_ s: Int, _ r: Int) -> [LinearTerm] { (0..<2).map { (inner(s, r, $0), 1) } }
            func total(_ terms: [LinearTerm]) -> Int { terms.reduce(0) { $0 + x[$1.variable] * $1.coefficient } }

            // Table A, site × role: role totals and RN cells published; Other cells are primary, and the
            // site totals are hidden as secondary suppressions so the Other cells are not differenced.
            var system = AttackerSystem(variableCount: 8)
            for r in 0..<2 { system.addEquality(byRole(0, r) + byRole(1, r), equals: total(byRole(0, r) + byRole(1, r))) }
            system.addEquality((0..<8).map { ($0, 1) }, equals: x.reduce(0, +))
            for s in 0..<2 {
                system.addEquality(byRole(s, 0), equals: total(byRole(s, 0)))
                system.addLowerBound(byRole(s, 1), atLeast: 1)
            }
            let sOther = byRole(0, 1)
            #expect(try interval(of: sOther, in: system) == AttackerInterval(lower: 1, upper: 5))
            #expect(BruteForceAttacker(system).interval(of: sOther) == AttackerInterval(lower: 1, upper: 5))

            // Table B, site × tenure, publishes every cell and so the shared site margin: S = 10.
            for s in 0..<2 {
                for t in 0..<2 {
                    let terms = (0..<2).map { (inner(s, $0, t), 1) }
                    system.addEquality(terms, equals: total(terms))
                }
            }
            let linked = try interval(of: sOther, in: system)
            #expect(linked == AttackerInterval(lower: 3, upper: 3))
            #expect(try isDetermined(sOther, by: system))
            #expect(BruteForceAttacker(system).interval(of: sOther) == linked)
        }

        @Test("one prepared model answers many objectives, including sums of cells")
        func preparedModel() throws {
            let table = TableFixture(values: [[3, 9, 2], [8, 4, 7]])
            let system = table.system(hidden: [[0, 0], [0, 2], [1, 0], [1, 2]], hiddenAtLeastOne: true)
            let model = try AttackerModel(system)
            let oracle = BruteForceAttacker(system)
            let objectives: [[LinearTerm]] = (0..<6).map(cell) + [
                [(0, 1), (2, 1)],  // row 0's hidden pool: 5 = row total − 9, exact
                [(0, 1), (3, 1)],  // column 0: exact
                [(0, 1), (5, 1)],  // a diagonal of the rectangle: (3 + d) + (7 + d) with d ∈ [−2, 1]
                [(0, 2), (2, 1)],  // weighted: 2(3 + d) + (2 − d) = 8 + d
            ]
            let expected = try #require(oracle.intervals(of: objectives))
            for (objective, truth) in zip(objectives, expected) {
                // Asked twice: the model is a value and must not carry state between questions.
                #expect(try model.interval(of: objective) == truth)
                #expect(try model.interval(of: objective) == truth)
            }
            #expect(expected[6] == AttackerInterval(lower: 5, upper: 5))
            #expect(expected[8] == AttackerInterval(lower: 6, upper: 12))
            #expect(expected[9] == AttackerInterval(lower: 6, upper: 9))
        }
    }
}
