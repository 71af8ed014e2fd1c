/// The attacker's exact bounds in parts too large for the dense LP, where the part is a table of
/// two dimensions with its margins (sites × answers, say), by network flow instead of search.
///
/// There every published sum belongs to one of two laminar families of cell sets (any two sets of
/// a family are nested or disjoint): per site its size, answered count, favourable and scored
/// counts, all nested; per answer set, the organisation's totals over every site. The incidence
/// matrix of two laminar families is totally unimodular, so the system is a network: each set an
/// arc to its parent set in its family's tree, each cell an arc from the smallest set of the
/// second family holding it to the smallest set of the first. The true table is a feasible flow;
/// the most a set's or a cell's arc can carry is its flow plus the largest flow from its head back
/// to its tail in the residual network without it, found by augmenting paths, and the least
/// likewise the other way. Integral bounds give integral augmentations, so these are the integer
/// attacker's bounds, with no search cap: exact where `MoveCertifier` certifies only what its
/// candidate moves reach.
///
/// Parts whose sets cannot be split into two laminar families (a nested table's cells under the
/// margins of both its dimensions and of its answers), or with a coefficient other than one, are
/// left to the move search: `arc(for:)` is nil for their quantities.
///
/// Written here rather than taken from a library: the package mirror has no network-flow package,
/// and the search is a breadth-first walk over a few arrays. Not `Sendable`: one audit of one
/// system owns it, with its search scratch.
final class FlowCertifier {
    /// The arcs and nodes, fixed once built.
    private let network: Network
    /// Each cell's arc, -1 where its part is not a network: 32-bit, as `Adjacency` numbers arcs.
    private let cellArcs: [Int32]
    /// Each set of two or more cells (sorted) that has an arc.
    private let setArcs: [[Int32]: Int]
    /// Search scratch, swapped out of the instance while a search runs: arrays reached through a
    /// class's stored property are checked for exclusive access on every read.
    private var scratch: Scratch

    private struct Network {
        /// Arc endpoints (32-bit, as the adjacency lists are), bounds (`Int.max` for none) and the
        /// true flow.
        var tails: [Int32] = []
        var heads: [Int32] = []
        var lowers: [Int] = []
        var uppers: [Int] = []
        var flows: [Int] = []
        /// Whether an arc is a cell's (rather than a set's or a root's).
        var isCell: [Bool] = []
        var nodeCount = 0
        /// Per node, the arcs leaving it and the arcs entering it, found once every arc is added
        /// (`index()`).
        var outgoing = Adjacency()
        var incoming = Adjacency()

        mutating func addNode() -> Int {
            nodeCount += 1
            return nodeCount - 1
        }

        mutating func addArc(from tail: Int, to head: Int, lower: Int, upper: Int, flow: Int, isCell: Bool = false) -> Int {
            precondition(tail <= Int(Int32.max) && head <= Int(Int32.max), "a network's nodes are numbered in 32 bits")
            tails.append(Int32(tail))
            heads.append(Int32(head))
            lowers.append(lower)
            uppers.append(upper)
            flows.append(flow)
            self.isCell.append(isCell)
            return tails.count - 1
        }

        /// Lists each node's arcs, once the network is complete.
        mutating func index() {
            outgoing = Adjacency(nodeCount: nodeCount, ends: tails)
            incoming = Adjacency(nodeCount: nodeCount, ends: heads)
        }
    }

    /// Per node, the arcs with that node at one end, in the order they were added: every node's
    /// in one list. A list per node, two per node, took 4 MB of a national question system's
    /// network, built beside the rest of its audit.
    private struct Adjacency {
        private var starts: [Int32] = [0]
        private var arcs: [Int32] = []

        init() {}

        /// The arcs of each of `nodeCount` nodes, where `ends[arc]` is the arc's node.
        init(nodeCount: Int, ends: [Int32]) {
            precondition(ends.count <= Int(Int32.max))
            var starts = [Int32](repeating: 0, count: nodeCount + 1)
            for node in ends { starts[Int(node) + 1] += 1 }
            for node in 0..<nodeCount { starts[node + 1] += starts[node] }
            var next = starts
            var arcs = [Int32](repeating: 0, count: ends.count)
            for (arc, node) in ends.lazy.map(Int.init).enumerated() {
                arcs[Int(next[node])] = Int32(arc)
                next[node] += 1
            }
            self.starts = starts
            self.arcs = arcs
        }

        subscript(node: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
            arcs[Int(starts[node])..<Int(starts[node + 1])].lazy.map(Int.init)
        }
    }

    private struct Scratch {
        /// Per arc, the change to its flow, zero between searches.
        var delta: [Int] = []
        var marks = Marks()
    }

    /// Per node, the arc a search reached it by (`~arc` when against the arc), valid where its
    /// stamp is the current search's.
    private struct Marks {
        var reachedBy: [Int] = []
        var stamps: [Int] = []
        var stamp = 0
    }

    /// Per cell, the sets holding it: the published sets through the incidence of the relations
    /// that name them, and the objectives' sets added later in short lists of their own. A list
    /// per cell took 9 MB of a national question system's network building, the audit's peak, and
    /// a flat list of its own 3.4 MB more than reading the incidence the other certifiers share.
    private struct SetsByCell {
        private let equalitiesOf: ConstraintIncidence
        private let lowerBoundsOf: ConstraintIncidence
        /// Each relation's set, -1 where it names no set of two or more cells with an arc's terms.
        private let setOfEquality: [Int32]
        private let setOfLowerBound: [Int32]
        private var added: [Int: [Int]] = [:]

        init(equalitiesOf: ConstraintIncidence, lowerBoundsOf: ConstraintIncidence, setOfEquality: [Int32], setOfLowerBound: [Int32]) {
            self.equalitiesOf = equalitiesOf
            self.lowerBoundsOf = lowerBoundsOf
            self.setOfEquality = setOfEquality
            self.setOfLowerBound = setOfLowerBound
        }

        /// The published sets holding `cell`, in the order of their relations; a set named by two
        /// relations (a sum both shown and known not to be zero) comes twice.
        func forEachPublished(holding cell: Int, _ body: (Int) -> Void) {
            for (row, _) in equalitiesOf[cell] where setOfEquality[row] >= 0 { body(Int(setOfEquality[row])) }
            for (row, _) in lowerBoundsOf[cell] where setOfLowerBound[row] >= 0 { body(Int(setOfLowerBound[row])) }
        }

        func forEach(holding cell: Int, _ body: (Int) -> Void) {
            forEachPublished(holding: cell, body)
            added[cell]?.forEach(body)
        }

        mutating func add(_ set: Int, holding cell: Int) {
            added[cell, default: []].append(set)
        }
    }

    /// A set of cells with what is known of its sum; cells in 32 bits, as a system's variables
    /// are (`LinearTerms`): a national question system's published sets took 7 MB in 64.
    private struct CellSet {
        var cells: [Int32]
        var lower = 0
        var upper = Int.max
    }

    /// Builds the network of `system`'s parts that are two-dimensional tables; `values` is the
    /// true table, `objectives` the cell sets that will be asked about (each gets an arc where it
    /// fits one of its part's two families). `equalitiesOf` is the incidence of the system's
    /// equalities where the caller has it.
    init(system: AttackerSystem, values: [Int], objectives: [[Int]], equalitiesOf: ConstraintIncidence? = nil) {
        let count = system.variableCount
        var network = Network()
        var cellArcs = [Int32](repeating: -1, count: count)
        var setArcs: [[Int32]: Int] = [:]
        // 32-bit, as each cell's count is (`Int32.max` for no ceiling): two lists of a national
        // question system's cells, held through the building.
        var floors = [Int32](repeating: 0, count: count)
        var ceilings = (0..<count).map { Self.bound(system.upperBounds[$0] ?? .max) }
        var excluded = [Bool](repeating: false, count: count)
        var sets: [CellSet] = []
        var setIndex: [[Int32]: Int] = [:]
        var setOfRelation = [Int32](repeating: -1, count: system.equalities.count + system.lowerBounds.count)
        for (relation, (constraint, isEquality)) in system.relations.enumerated() {
            let cells = constraint.terms.increasingCells ?? Self.sorted(constraint.terms.lazy.filter { $0.coefficient != 0 }.map(\.variable))
            guard constraint.terms.allSatisfy({ $0.coefficient == 0 || $0.coefficient == 1 }), cells.isStrictlyIncreasing else {
                cells.forEach { excluded[Int($0)] = true }
                continue
            }
            if cells.count == 1 {
                let cell = Int(cells[0])
                floors[cell] = max(floors[cell], Self.bound(constraint.value))
                if isEquality { ceilings[cell] = min(ceilings[cell], Self.bound(constraint.value)) }
            } else if cells.count > 1 {
                let index = setIndex[cells] ?? sets.count
                if index == sets.count {
                    setIndex[cells] = index
                    sets.append(CellSet(cells: cells))
                }
                setOfRelation[relation] = Int32(index)
                sets[index].lower = max(sets[index].lower, constraint.value)
                if isEquality { sets[index].upper = min(sets[index].upper, constraint.value) }
            }
        }
        var setsOf = SetsByCell(
            equalitiesOf: system.equalityIncidence(equalitiesOf), lowerBoundsOf: ConstraintIncidence(system.lowerBounds, variableCount: count),
            setOfEquality: Array(setOfRelation[..<system.equalities.count]), setOfLowerBound: Array(setOfRelation[system.equalities.count...]))
        var parts = UnionFind(count: count)
        for set in sets {
            for cell in set.cells.dropFirst() { parts.union(Int(set.cells[0]), Int(cell)) }
        }
        var families = Self.families(of: sets, setsOf: setsOf, partOf: parts.roots())
        for (index, set) in sets.enumerated() where families[index] == nil {
            set.cells.forEach { excluded[Int($0)] = true }
        }
        // An objective that is no published set joins whichever family it crosses nothing in;
        // one crossing both has no arc and is left to the move search.
        for objective in objectives where objective.count > 1 {
            let cells = Self.sorted(objective)
            guard setIndex[cells] == nil, cells.isStrictlyIncreasing, !cells.contains(where: { excluded[Int($0)] }) else { continue }
            var touching = Set<Int>()
            for cell in cells { setsOf.forEach(holding: Int(cell)) { touching.insert($0) } }
            guard let family = [0, 1].first(where: { family in
                touching.allSatisfy { families[$0] != family || Self.nested(sets[$0].cells, cells) }
            }) else { continue }
            setIndex[cells] = sets.count
            for cell in cells { setsOf.add(sets.count, holding: Int(cell)) }
            sets.append(CellSet(cells: cells))
            families.append(family)
            for cell in cells.dropFirst() { parts.union(Int(cells[0]), Int(cell)) }
        }

        // A part (objectives' sets joined in) is a network only if every one of its cells is.
        var broken = Set<Int>()
        for cell in 0..<count where excluded[cell] { broken.insert(parts.find(cell)) }
        var roots: [Int: (drain: Int, source: Int, arc: Int)] = [:]
        func rootsOf(_ cell: Int) -> (drain: Int, source: Int, arc: Int) {
            let component = parts.find(cell)
            if let known = roots[component] { return known }
            let drain = network.addNode()
            let source = network.addNode()
            let arc = network.addArc(from: drain, to: source, lower: 0, upper: .max, flow: 0)
            roots[component] = (drain, source, arc)
            return (drain, source, arc)
        }
        var setNodes = [Int](repeating: -1, count: sets.count)
        for (index, set) in sets.enumerated() where !broken.contains(parts.find(Int(set.cells[0]))) {
            setNodes[index] = network.addNode()
        }
        // In a laminar family the sets holding one cell are nested, so no two of them have the same
        // size: each set's parent is the smallest larger one holding any of its cells.
        func smallest(_ cell: Int, _ family: Int, largerThan size: Int = 1) -> Int? {
            var found: Int?
            setsOf.forEach(holding: cell) { set in
                guard families[set] == family, sets[set].cells.count > size else { return }
                if found.map({ sets[set].cells.count < sets[$0].cells.count }) ?? true { found = set }
            }
            return found
        }
        for (index, set) in sets.enumerated() where setNodes[index] >= 0 {
            let family = families[index] ?? 0
            let parent = smallest(Int(set.cells[0]), family, largerThan: set.cells.count)
            let root = rootsOf(Int(set.cells[0]))
            let flow = set.cells.reduce(0) { $0 + values[Int($1)] }
            // The first family's sets drain towards its root, the second's fill from its root.
            setArcs[set.cells] = family == 0
                ? network.addArc(from: setNodes[index], to: parent.map { setNodes[$0] } ?? root.drain, lower: set.lower, upper: set.upper, flow: flow)
                : network.addArc(from: parent.map { setNodes[$0] } ?? root.source, to: setNodes[index], lower: set.lower, upper: set.upper, flow: flow)
        }
        for cell in 0..<count where !broken.contains(parts.find(cell)) {
            let root = rootsOf(cell)
            let into = smallest(cell, 0).map { setNodes[$0] } ?? root.drain
            let from = smallest(cell, 1).map { setNodes[$0] } ?? root.source
            let ceiling = ceilings[cell] == .max ? Int.max : Int(ceilings[cell])
            cellArcs[cell] = Int32(network.addArc(from: from, to: into, lower: Int(floors[cell]), upper: ceiling, flow: values[cell], isCell: true))
            network.flows[root.arc] += values[cell]
        }
        network.index()
        self.network = network
        self.cellArcs = cellArcs
        self.setArcs = setArcs
        scratch = Scratch(
            delta: Array(repeating: 0, count: network.tails.count),
            marks: Marks(reachedBy: Array(repeating: -1, count: network.nodeCount), stamps: Array(repeating: 0, count: network.nodeCount)))
    }

    /// The arc whose flow is `objective`'s sum, when its part is a network and the set is one of
    /// its sets or a single cell.
    func arc(for objective: [Int]) -> Int? {
        guard objective.count == 1 else { return setArcs[Self.sorted(objective)] }
        return cellArcs[objective[0]] >= 0 ? Int(cellArcs[objective[0]]) : nil
    }

    /// A cell's floor or ceiling in 32 bits, `Int32.max` standing for none (`Int.max`). Never
    /// narrowed: a floor held lower, or a ceiling higher, than it is would let the network carry
    /// flows the attacker knows to be impossible.
    private static func bound(_ value: Int) -> Int32 {
        if value == .max { return .max }
        guard let narrow = Int32(exactly: value), narrow != .max else {
            preconditionFailure("a cell's known bound \(value) is beyond 32 bits")
        }
        return narrow
    }

    /// `cells` in increasing order. The model lists a sum's cells in order already, so that is
    /// checked before sorting: a national system has a hundred thousand published sums.
    private static func sorted(_ cells: some Collection<Int>) -> [Int32] {
        // Variables are below the system's count, which fits 32 bits (`LinearTerms`).
        let narrow = cells.map { Int32(truncatingIfNeeded: $0) }
        return narrow.isStrictlyIncreasing ? narrow : narrow.sorted()
    }

    /// The attacker's exact interval for the arc's sum, searched no further than `raise` above and
    /// `lower` below the true value (the audit asks for what its requirement needs).
    func interval(of arc: Int, raise: Int, lower: Int) -> AttackerInterval {
        let raised = raise > 0 ? augment(arc, by: raise, direction: 1).achieved : 0
        let lowered = lower > 0 ? augment(arc, by: lower, direction: -1).achieved : 0
        return AttackerInterval(lower: network.flows[arc] - lowered, upper: network.flows[arc] + raised)
    }

    /// Whether no respondent, knowing only that their own cell holds one or more, learns the arc's
    /// sum exactly: a table one apart keeping every occupied cell occupied serves them all; failing
    /// that, one that empties cells serves everyone outside them, and a respondent in an emptied
    /// cell needs a table one apart keeping that cell occupied, which is decided exactly.
    func holdsForEveryInsider(_ arc: Int) -> Bool {
        func movesByOne(keepingOccupied: Bool, kept: Int? = nil) -> (moved: Bool, emptied: [Int]) {
            for direction in [1, -1] {
                let found = augment(arc, by: 1, direction: direction, keepingOccupied: keepingOccupied, kept: kept)
                if found.achieved == 1 { return (true, found.emptied) }
            }
            return (false, [])
        }
        if movesByOne(keepingOccupied: true).moved { return true }
        let plain = movesByOne(keepingOccupied: false)
        return plain.moved && plain.emptied.allSatisfy { movesByOne(keepingOccupied: false, kept: $0).moved }
    }

    /// Pushes up to `amount` more (direction +1) or less (−1) through `arc` along augmenting
    /// cycles, on a scratch copy of the true flow. Cell arcs keep at least one where someone is if
    /// `keepingOccupied`, and the `kept` arc keeps at least one. Returns how far it got and the
    /// cell arcs it emptied.
    private func augment(
        _ arc: Int, by amount: Int, direction: Int, keepingOccupied: Bool = false, kept: Int? = nil
    ) -> (achieved: Int, emptied: [Int]) {
        var delta: [Int] = []
        var marks = Marks()
        swap(&delta, &scratch.delta)
        swap(&marks, &scratch.marks)
        defer {
            swap(&delta, &scratch.delta)
            swap(&marks, &scratch.marks)
        }
        // The arcs changed, to reset after.
        var touched: [Int] = []
        let network = network
        func room(_ a: Int, _ forward: Bool) -> Int {
            let flow = network.flows[a] + delta[a]
            if forward { return network.uppers[a] == .max ? .max : network.uppers[a] - flow }
            let keepsOne = (a == kept || (keepingOccupied && network.isCell[a])) && network.flows[a] >= 1
            return flow - max(network.lowers[a], keepsOne ? 1 : 0)
        }
        func change(_ a: Int, by step: Int) {
            if delta[a] == 0 { touched.append(a) }
            delta[a] += step
        }
        var achieved = 0
        while achieved < amount {
            let own = room(arc, direction > 0)
            guard own > 0 else { break }
            // More through the arc returns from its head to its tail; less, the other way.
            let (start, goal) = direction > 0 ? (Int(network.heads[arc]), Int(network.tails[arc])) : (Int(network.tails[arc]), Int(network.heads[arc]))
            guard let path = Self.search(from: start, to: goal, avoiding: arc, in: network, marks: &marks, room: room) else { break }
            let step = path.reduce(min(own, amount - achieved)) { min($0, room($1.arc, $1.forward)) }
            change(arc, by: step * direction)
            for (a, forward) in path { change(a, by: forward ? step : -step) }
            achieved += step
        }
        let emptied = Set(touched).filter { network.isCell[$0] && network.flows[$0] >= 1 && network.flows[$0] + delta[$0] == 0 }
        for a in touched { delta[a] = 0 }
        return (achieved, emptied.sorted())
    }

    /// A shortest path of arcs with room from `start` to `goal`, not through `avoided`.
    private static func search(
        from start: Int, to goal: Int, avoiding avoided: Int, in network: Network, marks: inout Marks, room: (Int, Bool) -> Int
    ) -> [(arc: Int, forward: Bool)]? {
        marks.stamp += 1
        let stamp = marks.stamp
        marks.stamps[start] = stamp
        var queue = [start]
        var next = 0
        while next < queue.count, marks.stamps[goal] != stamp {
            let node = queue[next]
            next += 1
            for a in network.outgoing[node] where a != avoided && marks.stamps[Int(network.heads[a])] != stamp && room(a, true) > 0 {
                let head = Int(network.heads[a])
                marks.stamps[head] = stamp
                marks.reachedBy[head] = a
                queue.append(head)
            }
            for a in network.incoming[node] where a != avoided && marks.stamps[Int(network.tails[a])] != stamp && room(a, false) > 0 {
                let tail = Int(network.tails[a])
                marks.stamps[tail] = stamp
                marks.reachedBy[tail] = ~a
                queue.append(tail)
            }
        }
        guard marks.stamps[goal] == stamp else { return nil }
        var path: [(arc: Int, forward: Bool)] = []
        var node = goal
        while node != start {
            let entry = marks.reachedBy[node]
            let forward = entry >= 0
            let a = forward ? entry : ~entry
            path.append((a, forward))
            node = Int(forward ? network.tails[a] : network.heads[a])
        }
        return path
    }

    /// Splits the sets into two laminar families (0 and 1): sets that cross (share a cell, neither
    /// holding the other) go to different families, a two-colouring of the crossing graph. Nil for
    /// every set of a part where some connected group of crossings admits no such split.
    ///
    /// The colouring grows with the crossings found (a union-find keeping each set's parity to its
    /// root), so a pair already coloured apart needs no check. A part (`partOf`, each cell's part of
    /// cells joined by shared sets) with one uncolourable group is no network at all, so it is not
    /// examined further and all its sets are nil: a nested table's cells lie in three pairwise
    /// crossing sets (its site's answers, its role's, the organisation's), and a national system
    /// of seventy thousand cells is rejected at its first few cells.
    private static func families(of sets: [CellSet], setsOf: SetsByCell, partOf: [Int32]) -> [Int?] {
        var colours = ParityUnionFind(count: sets.count)
        var looked: Set<Int> = []
        var brokenParts = [Bool](repeating: false, count: partOf.count)
        var holding: [Int] = []
        cells: for cell in partOf.indices where !brokenParts[Int(partOf[cell])] {
            holding.removeAll(keepingCapacity: true)
            setsOf.forEachPublished(holding: cell) { holding.append($0) }
            guard holding.count > 1 else { continue }
            for (i, a) in holding.enumerated() {
                for b in holding[(i + 1)...] {
                    let foundA = colours.find(a)
                    let foundB = colours.find(b)
                    if foundA.root == foundB.root && foundA.parity != foundB.parity { continue }
                    // Two large sets share many cells; one look settles the pair.
                    if min(sets[a].cells.count, sets[b].cells.count) > 32, !looked.insert(a * sets.count + b).inserted { continue }
                    guard !nested(sets[a].cells, sets[b].cells) else { continue }
                    guard foundA.root != foundB.root else {
                        brokenParts[Int(partOf[cell])] = true
                        continue cells
                    }
                    colours.joinApart(foundA, foundB)
                }
            }
        }
        var families: [Int?] = []
        families.reserveCapacity(sets.count)
        for set in sets.indices {
            families.append(brokenParts[Int(partOf[Int(sets[set].cells[0])])] ? nil : Int(colours.find(set).parity))
        }
        return families
    }

    /// Whether one sorted set of cells holds the other.
    static func nested(_ a: [Int32], _ b: [Int32]) -> Bool {
        a.count <= b.count ? a.isIncreasingSubset(of: b) : b.isIncreasingSubset(of: a)
    }
}
