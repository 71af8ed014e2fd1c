@testable import HavenCore
import Testing

extension AuditMath {
    /// The move certifier must never claim more room than the attacker's exact bounds leave, and must
    /// find room where the rectangle and cube witnesses of §4.3 exist.
    @Suite("move certifier against the exact attacker model")
    struct MoveCertifierTests {
        /// A random three-way table (sites × roles × answers) with some of its two-way margins and a
        /// few of its cells published; coordinates are the cell's three indices.
        struct Cube {
            let sizes: (Int, Int, Int)
            let values: [Int]
            var system: AttackerSystem
            var hidden: [Int] = []

            init(seed: UInt64) {
                var random = SeededGenerator(seed: seed)
                sizes = (Int.random(in: 2...4, using: &random), Int.random(in: 2...3, using: &random), Int.random(in: 2...3, using: &random))
                let count = sizes.0 * sizes.1 * sizes.2
                values = (0..<count).map { _ in Int.random(in: 0...5, using: &random) }
                system = AttackerSystem(variableCount: count)
                let (a, b, c) = sizes
                func at(_ i: Int, _ j: Int, _ k: Int) -> Int { (i * b + j) * c + k }
                func publish(_ variables: [Int]) {
                    system.addEquality(variables.map { ($0, 1) }, equals: variables.reduce(0) { $0 + values[$1] })
                }
                // Each family of two-way margins is published with its own chance, so that line moves,
                // rectangles and cubes are each sometimes the only ones left.
                if random.chance(0.8) { for i in 0..<a { for j in 0..<b { publish((0..<c).map { at(i, j, $0) }) } } }
                if random.chance(0.8) { for i in 0..<a { for k in 0..<c { publish((0..<b).map { at(i, $0, k) }) } } }
                if random.chance(0.8) { for j in 0..<b { for k in 0..<c { publish((0..<a).map { at($0, j, k) }) } } }
                for cell in 0..<count {
                    if random.chance(0.15) { publish([cell]) } else { hidden.append(cell) }
                }
            }

            var coordinates: [[Int32]] {
                let (b, c) = (sizes.1, sizes.2)
                return (0..<values.count).map { (cell: Int) -> [Int32] in
                    [Int32(cell / (b * c)), Int32(cell / c % b), Int32(cell % c)]
                }
            }
        }

        @Test("certified intervals lie inside the exact ones, for the plain attacker and every insider")
        func sound() throws {
            var certifiedSomething = 0
            var heldForInsiders = 0
            for seed in 0..<60 {
                let cube = Cube(seed: UInt64(seed))
                let exact = try AttackerModel(cube.system)
                let known = try DecomposedAttackerModel(cube.system)
                let certifier = MoveCertifier(
                    system: cube.system, values: cube.values, coordinates: CellCoordinates(cube.coordinates), isUnknown: { !known.isKnown($0) })
                for cell in cube.hidden {
                    let value = cube.values[cell]
                    let bounds = try exact.interval(of: [(cell, 1)])
                    // Asked for the exact room (and one more, which must not be found).
                    let certified = certifier.interval(
                        of: [cell], value: value, raise: min(bounds.upper - value, 50) + 1, lower: value - bounds.lower + 1)
                    let reached = certifier.interval(of: [cell], value: value, raise: min(bounds.upper - value, 50), lower: value - bounds.lower)
                    #expect(bounds.lower <= certified.lower && certified.upper <= bounds.upper, "seed \(seed) cell \(cell): certified \(certified), exact \(bounds)")
                    #expect(bounds.lower <= reached.lower && reached.upper <= bounds.upper, "seed \(seed) cell \(cell): certified \(reached), exact \(bounds)")
                    if reached.upper > reached.lower { certifiedSomething += 1 }
                    guard certifier.holdsForEveryInsider([cell]) else { continue }
                    heldForInsiders += 1
                    for insider in cube.values.indices where cube.values[insider] >= 1 {
                        var knowing = cube.system
                        knowing.addLowerBound([(insider, 1)], atLeast: 1)
                        let narrowed = try AttackerModel(knowing).interval(of: [(cell, 1)])
                        #expect(narrowed.upper > narrowed.lower, "seed \(seed) cell \(cell): insider \(insider) pins it to \(narrowed)")
                    }
                }
            }
            // Guards against a certifier that never finds a move (trivially sound, useless).
            #expect(certifiedSomething > 50)
            #expect(heldForInsiders > 20)
        }

        @Test("the cube witness: eight hidden corners of a table with all its two-way margins move together")
        func cube() throws {
            let (values, system) = (CubeFixture.values, CubeFixture.system)
            let coordinates: [[Int32]] = (0..<8).map { (cell: Int) -> [Int32] in
                [Int32(cell / 4), Int32(cell / 2 % 2), Int32(cell % 2)]
            }
            let certifier = MoveCertifier(system: system, values: values, coordinates: CellCoordinates(coordinates), isUnknown: { _ in true })
            // Corner (0,0,0) = 2 rises while the odd corners (all 1) can give, so by one; it falls
            // while the even corners (2, 3, 2, 3) can, so by two: the exact interval is [0, 3].
            #expect(certifier.interval(of: [0], value: 2, raise: 1, lower: 2) == AttackerInterval(lower: 0, upper: 3))
            // Asked to rise by two, it does not search: the pair (0,0,0)+(0,0,1) = 3 shows that is out of reach.
            #expect(certifier.interval(of: [0], value: 2, raise: 2, lower: 0) == AttackerInterval(lower: 2, upper: 2))
            #expect(try AttackerModel(system).interval(of: [(0, 1)]) == AttackerInterval(lower: 0, upper: 3))
            // Keeping every non-empty cell at one or more, it can still fall by one.
            #expect(certifier.holdsForEveryInsider([0]))
            // The odd corner (0,0,1) = 1 cannot fall without emptying, but rises by one while the
            // even corners (2, 3, 2, 3) fall by one, emptying nothing.
            #expect(certifier.holdsForEveryInsider([1]))
        }
    
        @Test("insiders: two witnesses serve them all when no one witness keeps every cell occupied")
        func twoWitnessesForInsiders() throws {
            // Three hidden cells of one answer each and their shown total: any move of the first
            // cell empties a cell, yet each insider, knowing only their own cell is occupied, cannot
            // pin it (the first rises by emptying the second, or else by emptying the third).
            func line(_ values: [Int]) throws -> (MoveCertifier, AttackerSystem) {
                var system = AttackerSystem(variableCount: values.count)
                system.addEquality(values.indices.map { ($0, 1) }, equals: values.reduce(0, +))
                let coordinates = values.indices.map { [Int32($0)] }
                return (MoveCertifier(system: system, values: values, coordinates: CellCoordinates(coordinates), isUnknown: { _ in true }), system)
            }
            let (three, system) = try line([1, 1, 1])
            var everyCellOccupied = system
            for cell in 0..<3 { everyCellOccupied.addLowerBound([(cell, 1)], atLeast: 1) }
            #expect(try AttackerModel(everyCellOccupied).interval(of: [(0, 1)]) == AttackerInterval(lower: 1, upper: 1), "no one witness")
            #expect(three.holdsForEveryInsider([0]))
            for insider in 0..<3 {
                var knowing = system
                knowing.addLowerBound([(insider, 1)], atLeast: 1)
                let narrowed = try AttackerModel(knowing).interval(of: [(0, 1)])
                #expect(narrowed.upper > narrowed.lower, "insider \(insider) pins the first cell to \(narrowed)")
            }
            // With a single other cell each insider still has a witness: the first cell's own
            // insider sees it rise, the other's sees it empty.
            #expect(try line([1, 1]).0.holdsForEveryInsider([0]))
            // A cell that is the whole shown total cannot move at all.
            #expect(try !line([2]).0.holdsForEveryInsider([0]))
        }

        @Test("a long line is searched from the cells in fewest shown totals, beyond the breadth cap")
        func leastSeenFirst() throws {
            // A hidden 1 and, along its line, 300 fuller cells each tied by a shown total to a cell
            // off the line, then one cell of 1 that no other total sees: the only exchange that
            // changes nothing shown. Searched fullest first, it lies beyond the breadth cap.
            let fuller = MoveCertifier.rectangleBreadth + 44
            let hidden = fuller + 1
            var values = [1] + [Int](repeating: 5, count: fuller) + [1]
            let offLine = values.count
            values += [Int](repeating: 3, count: fuller)
            var system = AttackerSystem(variableCount: values.count)
            system.addEquality((0...hidden).map { ($0, 1) }, equals: values[0...hidden].reduce(0, +))
            for index in 1...fuller {
                system.addEquality([(index, 1), (offLine + index - 1, 1)], equals: 8)
            }
            let coordinates = (0...hidden).map { [Int32($0), 0] } + (1...fuller).map { [Int32($0), 1] }
            let certifier = MoveCertifier(system: system, values: values, coordinates: CellCoordinates(coordinates), isUnknown: { _ in true })
            #expect(certifier.interval(of: [0], value: 1, raise: 1, lower: 0) == AttackerInterval(lower: 1, upper: 2))
        }
    }
}
