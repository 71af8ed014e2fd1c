@testable import HavenCore
import Testing

extension AuditMath {
    /// The flow certifier must give the exact attacker's bounds on two-dimensional tables with their
    /// margins, whatever the search would need, and step aside where the system is no network.
    @Suite("flow certifier against the exact attacker model")
    struct FlowCertifierTests {
        /// A random sites × answers table as a question's audit sees it: per site its size (every
        /// answer and "not answered", the last column), its answered count and a favourable count
        /// (the last two answers) when shown; per answer the organisation's count when shown; a few
        /// cells shown; some hidden sites and counts known not to be empty.
        struct Table {
            let rows: Int
            let columns: Int
            let values: [Int]
            let system: AttackerSystem
            let hidden: [Int]
            /// Per site, its answered and favourable cells.
            let answered: [[Int]]
            let favourable: [[Int]]

            init(seed: UInt64) {
                var random = SeededGenerator(seed: seed)
                let rows = Int.random(in: 2...6, using: &random)
                let columns = Int.random(in: 3...5, using: &random)
                (self.rows, self.columns) = (rows, columns)
                let values = (0..<(rows * columns)).map { _ in Int.random(in: 0...4, using: &random) }
                self.values = values
                var system = AttackerSystem(variableCount: values.count)
                var answeredSets: [[Int]] = []
                var hidden: [Int] = []
                func at(_ row: Int, _ column: Int) -> Int { row * columns + column }
                func publish(_ cells: [Int]) {
                    system.addEquality(cells.map { ($0, 1) }, equals: cells.reduce(0) { $0 + values[$1] })
                }
                func atLeastOne(_ cells: [Int]) {
                    if cells.reduce(0, { $0 + values[$1] }) >= 1 { system.addLowerBound(cells.map { ($0, 1) }, atLeast: 1) }
                }
                for row in 0..<rows {
                    let answered = (0..<(columns - 1)).map { at(row, $0) }
                    answeredSets.append(answered)
                    // A hidden group is known not to be empty.
                    let size = (0..<columns).map { at(row, $0) }
                    if random.chance(0.8) { publish(size) } else { atLeastOne(size) }
                    if random.chance(0.6) { publish(answered) }
                    if random.chance(0.3) { publish(Array(answered.suffix(2))) }
                }
                for column in 0..<columns where random.chance(0.8) {
                    publish((0..<rows).map { at($0, column) })
                }
                if random.chance(0.5) { publish(Array(0..<values.count)) }
                for cell in values.indices {
                    if random.chance(0.15) { publish([cell]) } else { hidden.append(cell) }
                }
                // Hidden counts of a shown group whose zeros are shown are known not to be zero.
                for cell in hidden where random.chance(0.3) { atLeastOne([cell]) }
                self.system = system
                self.hidden = hidden
                answered = answeredSets
                favourable = answeredSets.map { Array($0.suffix(2)) }
            }
        }

        @Test("intervals equal the exact ones, for cells and for each site's answered and favourable counts")
        func exact() throws {
            var compared = 0
            var widerThanOne = 0
            for seed in 0..<80 {
                let table = Table(seed: UInt64(seed))
                let objectives = table.hidden.map { [$0] } + table.answered + table.favourable
                let flow = FlowCertifier(system: table.system, values: table.values, objectives: objectives)
                let exact = try AttackerModel(table.system)
                for objective in objectives {
                    let arc = try #require(flow.arc(for: objective), "seed \(seed): \(objective) has no arc")
                    let value = objective.reduce(0) { $0 + table.values[$1] }
                    let bounds = try exact.interval(of: objective.map { ($0, 1) })
                    // Asked for more room than any bounded sum has (a site whose size is hidden is unbounded).
                    let found = flow.interval(of: arc, raise: 1000, lower: 1000)
                    let expected = AttackerInterval(lower: max(bounds.lower, value - 1000), upper: min(bounds.upper, value + 1000))
                    #expect(found == expected, "seed \(seed) \(objective): flow \(found), exact \(bounds)")
                    // Asked for less, it stops there.
                    let asked = flow.interval(of: arc, raise: 1, lower: 0)
                    #expect(asked.lower == value && asked.upper == min(bounds.upper, value + 1))
                    compared += 1
                    if bounds.upper - bounds.lower > 1 { widerThanOne += 1 }
                }
            }
            #expect(compared > 500)
            #expect(widerThanOne > 100, "tables loose enough to need more than one augmenting path")
        }

        @Test("an insider's verdict is the exact one: no respondent who knows their own cell pins a quantity it clears")
        func insiders() throws {
            var held = 0
            var refused = 0
            for seed in 0..<80 {
                let table = Table(seed: UInt64(seed))
                let flow = FlowCertifier(system: table.system, values: table.values, objectives: table.answered)
                for objective in table.hidden.map({ [$0] }) + table.answered {
                    let arc = try #require(flow.arc(for: objective))
                    var exactVerdict = true
                    for insider in table.values.indices where table.values[insider] >= 1 {
                        var knowing = table.system
                        knowing.addLowerBound([(insider, 1)], atLeast: 1)
                        let narrowed = try AttackerModel(knowing).interval(of: objective.map { ($0, 1) })
                        if narrowed.upper == narrowed.lower { exactVerdict = false }
                    }
                    #expect(flow.holdsForEveryInsider(arc) == exactVerdict, "seed \(seed) \(objective)")
                    if exactVerdict { held += 1 } else { refused += 1 }
                }
            }
            #expect(held > 100 && refused > 20)
        }

        @Test("a six-cell exchange no rectangle can make: flow finds it, the move search cannot")
        func longCycle() throws {
            // 3 × 3, every row and column total shown and the cells (0,2), (1,0), (2,1) too: every
            // rectangle has a shown corner, but the hidden cells form one cycle of six.
            let values = [2, 1, 3, 1, 2, 2, 3, 1, 2]
            var system = AttackerSystem(variableCount: 9)
            func publish(_ cells: [Int]) { system.addEquality(cells.map { ($0, 1) }, equals: cells.reduce(0) { $0 + values[$1] }) }
            for index in 0..<3 {
                publish([index * 3, index * 3 + 1, index * 3 + 2])
                publish([index, index + 3, index + 6])
            }
            for shown in [2, 3, 7] { publish([shown]) }
            let exact = try AttackerModel(system).interval(of: [(0, 1)])
            #expect(exact == AttackerInterval(lower: 0, upper: 3))
            let flow = FlowCertifier(system: system, values: values, objectives: [[0]])
            let arc = try #require(flow.arc(for: [0]))
            #expect(flow.interval(of: arc, raise: 5, lower: 5) == exact)
            let moves = MoveCertifier(system: system, values: values, coordinates: CellCoordinates((0..<9).map { [Int32($0 / 3), Int32($0 % 3)] }), isUnknown: { _ in true })
            #expect(moves.interval(of: [0], value: 2, raise: 5, lower: 5) == AttackerInterval(lower: 2, upper: 2))
        }

        @Test("a table with the margins of all three of its dimensions is no network: left to the moves")
        func cubeIsNoNetwork() throws {
            let (values, system) = (CubeFixture.values, CubeFixture.system)
            let flow = FlowCertifier(system: system, values: values, objectives: [[0]])
            #expect(flow.arc(for: [0]) == nil)
            // A separate two-dimensional part beside it is still a network.
            var both = AttackerSystem(variableCount: 12)
            for equality in system.equalities { both.addEquality(Array(equality.terms), equals: equality.value) }
            both.addEquality([(8, 1), (9, 1)], equals: 3)
            both.addEquality([(10, 1), (11, 1)], equals: 2)
            both.addEquality([(8, 1), (10, 1)], equals: 2)
            both.addEquality([(9, 1), (11, 1)], equals: 3)
            let mixed = FlowCertifier(system: both, values: values + [1, 2, 1, 1], objectives: [[0], [8]])
            #expect(mixed.arc(for: [0]) == nil)
            let arc = try #require(mixed.arc(for: [8]))
            #expect(mixed.interval(of: arc, raise: 5, lower: 5) == AttackerInterval(lower: 0, upper: 2))
        }
    }
}
