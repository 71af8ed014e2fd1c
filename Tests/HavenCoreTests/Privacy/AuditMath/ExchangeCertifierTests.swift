@testable import HavenCore
import Testing

extension AuditMath {
    /// The exchange certifier must never claim room the exact attacker model does not leave, for the
    /// plain attacker and for every insider, and must find room where atoms share their published groups.
    @Suite("exchange certifier against the exact attacker model")
    struct ExchangeCertifierTests {
        /// Random atoms with a few categories; some groups of atoms published (their sizes, a
        /// category's count, or every category's count), some hidden groups known not to be empty.
        struct Case {
            let atoms: Int
            let width: Int
            let values: [Int]
            var system: AttackerSystem
            var published: [[Int]] = []
            var hiddenGroups: [[Int]] = []

            init(seed: UInt64) {
                var random = SeededGenerator(seed: seed)
                atoms = Int.random(in: 3...6, using: &random)
                width = Int.random(in: 2...3, using: &random)
                let values = (0..<(atoms * width)).map { _ in Int.random(in: 0...3, using: &random) }
                self.values = values
                system = AttackerSystem(variableCount: values.count)
                let width = width
                func randomGroup() -> [Int] {
                    let group = (0..<atoms).filter { _ in random.chance(0.5) }
                    return group.isEmpty ? [Int.random(in: 0..<atoms, using: &random)] : group
                }
                func sum(_ variables: [Int]) -> [(Int, Int)] { variables.map { ($0, 1) } }
                func total(_ variables: [Int]) -> Int { variables.reduce(0) { $0 + values[$1] } }
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    let group = randomGroup()
                    let categoryLists: [[Int]] = switch Int.random(in: 0...2, using: &random) {
                    case 0: [Array(0..<width)]
                    case 1: [[Int.random(in: 0..<width, using: &random)]]
                    default: (0..<width).map { [$0] }
                    }
                    for categories in categoryLists {
                        let variables = group.flatMap { atom in categories.map { atom * width + $0 } }
                        system.addEquality(sum(variables), equals: total(variables))
                        published.append(variables)
                    }
                }
                for _ in 0..<Int.random(in: 0...2, using: &random) {
                    let group = randomGroup()
                    let variables = group.flatMap { atom in (0..<width).map { atom * width + $0 } }
                    if total(variables) >= 1 { system.addLowerBound(sum(variables), atLeast: 1) }
                    hiddenGroups.append(group)
                }
            }

            func variables(of group: [Int], categories: [Int]) -> [Int] {
                group.flatMap { atom in categories.map { atom * width + $0 } }
            }
        }

        @Test("certified intervals lie inside the exact ones, for the plain attacker and every insider")
        func sound() throws {
            var certified = 0
            for seed in 0..<120 {
                let example = Case(seed: UInt64(seed))
                let certifier = ExchangeCertifier(values: example.values, published: example.published)
                let exact = try AttackerModel(example.system)
                for group in example.hiddenGroups + (0..<example.atoms).map({ [$0] }) {
                    for categories in (0..<example.width).map({ [$0] }) + [[0, 1]] {
                        let variables = example.variables(of: group, categories: categories)
                        let value = variables.reduce(0) { $0 + example.values[$1] }
                        guard let interval = certifier.interval(of: variables, value: value) else { continue }
                        certified += 1
                        let bounds = try exact.interval(of: variables.map { ($0, 1) })
                        #expect(bounds.lower <= interval.lower && interval.upper <= bounds.upper, "seed \(seed) \(group) categories \(categories): certified \(interval), exact \(bounds)")
                        for insider in example.values.indices where example.values[insider] >= 1 {
                            var knowing = example.system
                            knowing.addLowerBound([(insider, 1)], atLeast: 1)
                            let narrowed = try AttackerModel(knowing).interval(of: variables.map { ($0, 1) })
                            #expect(interval.upper <= narrowed.upper, "seed \(seed) \(group) categories \(categories): insider \(insider) caps it at \(narrowed)")
                        }
                    }
                }
            }
            // Guards against a certifier that never finds an exchange (trivially sound, useless).
            #expect(certified > 100)
        }

        /// A group's least rises stand for all its quantities at once (the auditor passes over a
        /// withheld table's quantities by them): none may promise more than the certifier finds
        /// for a quantity of the group, and they must often promise something.
        @Test("a group's least rises never exceed the rise of any quantity within it")
        func leastRisesBoundEveryQuantity() {
            var promised = 0
            for seed in 0..<120 {
                let example = Case(seed: UInt64(seed))
                let certifier = ExchangeCertifier(values: example.values, published: example.published)
                let singles = (0..<example.atoms).map { [$0] }
                // One after another with the same space, as the auditor asks: what one group
                // summed must not count for the next.
                var groupRises = ExchangeCertifier.GroupRises(certifier, width: example.width)
                for group in example.hiddenGroups + singles + [Array(0..<example.atoms)] + singles.reversed() {
                    let rises = groupRises.of(atoms: group)
                    for mask in 1..<(1 << example.width) {
                        let categories = (0..<example.width).filter { mask & (1 << $0) != 0 }
                        let variables = example.variables(of: group, categories: categories)
                        let value = variables.reduce(0) { $0 + example.values[$1] }
                        let rise = certifier.interval(of: variables, value: value).map { $0.upper - value } ?? 0
                        let least = categories.map { rises[$0] }.max() ?? 0
                        #expect(least <= rise, "seed \(seed) group \(group) categories \(categories): least rise \(least), certified \(rise)")
                        if least > 0 { promised += 1 }
                    }
                }
            }
            // Guards against rises that are always zero (trivially sound, useless to the auditor).
            #expect(promised > 200)
        }

        @Test("a sum the attacker knows sets its cells apart; cells in the same sums exchange people")
        func publishedSumsSetCellsApart() {
            // Two atoms of two categories: cells 0 1 | 2 3. Known: atom 0's size and the whole.
            let certifier = ExchangeCertifier(values: [3, 4, 5, 6], published: [[0, 1], [0, 1, 2, 3]])
            #expect(certifier.interval(of: [0, 1], value: 7) == nil, "a known size cannot move")
            #expect(certifier.interval(of: [0], value: 3) == AttackerInterval(lower: 3, upper: 6), "answers change within atom 0: 4 - 1 move in")
            #expect(certifier.interval(of: [2], value: 5) == AttackerInterval(lower: 5, upper: 10), "answers change within atom 1: 6 - 1 move in")
        }
    }
}
