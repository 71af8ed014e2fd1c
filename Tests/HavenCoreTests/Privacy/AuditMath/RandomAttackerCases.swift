@testable import HavenCore

/// A random attacker problem built from a random true table, so it is always consistent.
struct RandomAttackerCase {
    /// The shapes the generator draws from.
    enum Kind: String, CaseIterable, Sendable {
        /// A 2-D table with its margins: totally unimodular, so LP bounds are the integer bounds.
        case table
        /// A 1-D hierarchy (total → groups → leaves): laminar sums, also totally unimodular.
        case hierarchy
        /// A 2-D table with groups in both dimensions and their block subtotals: not unimodular.
        case nestedTable
        /// A table of answer counts with score-weighted row sums (published means): not unimodular.
        case scores
        /// A 2×2×2 cube published as two linked 2-D tables sharing a margin: not unimodular.
        case linked
    }

    let kind: Kind
    /// The true counts.
    let values: [Int]
    var system: AttackerSystem
    /// Quantities to bound: every variable, every published-level cell, and a few random sums.
    var objectives: [[LinearTerm]] = []

    /// LP bounds must equal the integer bounds for these; for the others they may only be wider.
    var isTotallyUnimodular: Bool { kind == .table || kind == .hierarchy }

    init(kind: Kind, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        self.kind = kind
        let shape = Self.shape(kind, &random)
        values = (0..<shape.cells).map { _ in Int.random(in: 0...12, using: &random) }
        system = AttackerSystem(variableCount: shape.cells)
        // When zeros are published, the attacker knows every hidden count is at least 1.
        let zerosPublished = random.chance(0.5)

        /// Publishes `terms` exactly, or hides it (with "≥ 1" if zeros are shown and it is nonzero).
        func publish(_ terms: [LinearTerm], hideWithChance chance: Double) {
            let value = terms.reduce(0) { $0 + values[$1.variable] * $1.coefficient }
            objectives.append(terms)
            let hidden = random.chance(chance) && !(zerosPublished && value == 0)
            if !hidden {
                system.addEquality(terms, equals: value)
            } else if zerosPublished {
                system.addLowerBound(terms, atLeast: 1)
            }
        }
        func sum(_ variables: some Sequence<Int>) -> [LinearTerm] { variables.map { ($0, 1) } }

        switch kind {
        case .table, .nestedTable, .scores:
            let (rows, columns) = (shape.rows, shape.columns)
            func at(_ r: Int, _ c: Int) -> Int { r * columns + c }
            let scores = (1...10).shuffled(using: &random).prefix(columns).sorted()
            // At most one margin goes unpublished, which keeps enumeration for the oracle small.
            let dropped = random.chance(0.3) ? Int.random(in: 0..<(rows + columns), using: &random) : -1
            publish(sum(0..<rows * columns), hideWithChance: 0)
            for r in 0..<rows where r != dropped { publish(sum((0..<columns).map { at(r, $0) }), hideWithChance: 0) }
            for c in 0..<columns where rows + c != dropped { publish(sum((0..<rows).map { at($0, c) }), hideWithChance: 0) }
            let cellHiding = kind == .table ? 0.6 : 0.8
            for r in 0..<rows { for c in 0..<columns { publish([(at(r, c), 1)], hideWithChance: cellHiding) } }
            if kind == .nestedTable {
                // Rows and columns split into two groups each; every group-level subtotal is published.
                let rowGroups = [Array(0..<rows - 1), [rows - 1]].shuffled(using: &random)
                let columnGroups = [Array(0..<columns - 1), [columns - 1]].shuffled(using: &random)
                for rowGroup in rowGroups {
                    for columnGroup in columnGroups {
                        publish(sum(rowGroup.flatMap { r in columnGroup.map { at(r, $0) } }), hideWithChance: 0.5)
                    }
                    for c in 0..<columns { publish(sum(rowGroup.map { at($0, c) }), hideWithChance: 0.5) }
                }
                for columnGroup in columnGroups {
                    for r in 0..<rows { publish(sum(columnGroup.map { at(r, $0) }), hideWithChance: 0.5) }
                }
            }
            if kind == .scores {
                // Each row is a group's answer distribution; its mean publishes Σ score · count.
                for r in 0..<rows {
                    publish((0..<columns).map { (at(r, $0), scores[$0]) }, hideWithChance: 0.5)
                }
            }
        case .hierarchy:
            // Leaves split into 2–3 groups (one possibly split again); the grand total is published.
            var groups: [[Int]] = []
            var leaves = Array(0..<shape.cells)
            while !leaves.isEmpty {
                let size = min(leaves.count, Int.random(in: 1...4, using: &random))
                groups.append(Array(leaves.prefix(size)))
                leaves.removeFirst(size)
            }
            publish(sum(0..<shape.cells), hideWithChance: 0)
            for group in groups {
                publish(sum(group), hideWithChance: 0.3)
                if group.count >= 3 { publish(sum(group.prefix(2)), hideWithChance: 0.3) }
            }
            for leaf in 0..<shape.cells { publish([(leaf, 1)], hideWithChance: 0.5) }
        case .linked:
            // Cube a × b × c (2×2×2), variable a·4 + b·2 + c: tables A×B and A×C share the A margin.
            func at(_ a: Int, _ b: Int, _ c: Int) -> Int { a * 4 + b * 2 + c }
            publish(sum(0..<8), hideWithChance: 0)
            for a in 0..<2 { publish(sum((0..<4).map { a * 4 + $0 }), hideWithChance: 0.1) }
            for b in 0..<2 { publish(sum((0..<2).flatMap { a in (0..<2).map { at(a, b, $0) } }), hideWithChance: 0.1) }
            for c in 0..<2 { publish(sum((0..<2).flatMap { a in (0..<2).map { at(a, $0, c) } }), hideWithChance: 0.1) }
            for a in 0..<2 {
                for b in 0..<2 { publish(sum((0..<2).map { at(a, b, $0) }), hideWithChance: 0.4) }
                for c in 0..<2 { publish(sum((0..<2).map { at(a, $0, c) }), hideWithChance: 0.4) }
            }
            // Inner cells are never published; they are only bounded through the two tables.
            objectives += (0..<8).map { [($0, 1)] }
        }
        // A few weighted sums of random variables (a pooled group, or a mean's numerator).
        for _ in 0..<3 {
            let chosen = (0..<shape.cells).shuffled(using: &random).prefix(Int.random(in: 2...3, using: &random))
            objectives.append(chosen.map { ($0, Int.random(in: 1...3, using: &random)) })
        }
    }

    /// Rows × columns (4–9 cells) for tables, a leaf count for hierarchies, 8 for the cube.
    private static func shape(_ kind: Kind, _ random: inout SeededGenerator) -> (rows: Int, columns: Int, cells: Int) {
        switch kind {
        case .table, .nestedTable, .scores:
            let (rows, columns) = [(2, 2), (2, 3), (3, 2), (3, 3), (2, 4), (4, 2)].randomElement(using: &random)!
            return (rows, columns, rows * columns)
        case .hierarchy:
            let leaves = Int.random(in: 4...9, using: &random)
            return (1, leaves, leaves)
        case .linked:
            return (2, 4, 8)
        }
    }
}
