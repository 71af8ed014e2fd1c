/// The shown figures of one audit system that could be hidden next to free a failing quantity,
/// indexed once per round of secondary suppression so that each failure costs a few lookups
/// rather than a pass over every figure of the quarter.
///
/// A candidate must share a published relation with the failing quantity (§4.3 B).
struct ComplementCandidates {
    private struct Candidate {
        /// The figure's position in the tabulation, which is also its place in key order: the
        /// last tie-break.
        var position: Int
        /// Its unknowns, in increasing order.
        var variables: [Int]
        var depth: Int
        var value: Int
        var isWholeGroup: Bool
    }

    /// Each published relation's unknowns, in increasing order.
    private let relations: [[Int]]
    /// Per unknown, the relations it is in, and the candidates it is in: sorted lists compared by
    /// merging, where sets and dictionaries keyed by unknown hashed every unknown of every
    /// relation once a round (a tenth of the audit of a small file spread over many sites).
    private let relationsOf: VariableIndex
    private let candidates: [Candidate]
    private let candidatesOf: VariableIndex
    /// Each candidate's index in `candidates`, by its position in the tabulation.
    private let candidateAt: [Int: Int]
    private var summandsOf: [Int: [Int]] = [:]
    private var sharingOf: [Int: [Int]] = [:]

    /// Indexes `system`'s published relations and the shown figures that may be hidden: counts,
    /// answered counts, group sizes and favourable counts; never a zero of a question whose zeros
    /// are always shown.
    init(system: AuditSystemID, tabulation: Tabulation, model: QuarterModel, published: [Functional]) {
        relations = published.map { Self.increasing(model.variables(of: $0, in: system)) }
        var candidates: [Candidate] = []
        for position in tabulation.positions(relatedTo: system) {
            let entry = tabulation.entry(at: position)
            let key = tabulation.key(at: position)
            guard entry.figure.isShown, let functional = entry.functionals.first,
                [.count, .answered, .respondents, .favorablePercent].contains(key.measure),
                functional.system == system || functional.system == .respondents
            else { continue }
            if entry.figure.count == 0 && !entry.isSensitive && key.measure == .count { continue }
            let variables = Self.increasing(model.variables(of: functional, in: system))
            guard !variables.isEmpty else { continue }
            candidates.append(Candidate(
                position: position, variables: variables, depth: key.group.conditions.count, value: entry.figure.count,
                isWholeGroup: key.measure == .respondents && system != .respondents))
        }
        let variableCount = (relations.compactMap(\.last) + candidates.compactMap(\.variables.last)).max().map { $0 + 1 } ?? 0
        relationsOf = VariableIndex(relations, variableCount: variableCount)
        candidatesOf = VariableIndex(candidates.map(\.variables), variableCount: variableCount)
        self.candidates = candidates
        candidateAt = Dictionary(uniqueKeysWithValues: candidates.indices.map { (candidates[$0].position, $0) })
    }

    /// `variables` in increasing order, each once: as the model lists a sum's unknowns already,
    /// which is checked first.
    private static func increasing(_ variables: [Int]) -> [Int] {
        variables.isStrictlyIncreasing ? variables : Array(Set(variables)).sorted()
    }

    /// True when `ranked(for: target, nearestFirst: false)` surely lists the figure at `position`:
    /// it is a candidate other than a singleton that shares an unknown with a relation the target
    /// is in. False says nothing (a singleton is listed only where nothing else is); a failure
    /// whose ranking would list a figure already picked is passed over, and in a small system,
    /// where the organisation's totals touch every failure, this spares ranking every candidate
    /// for each of them.
    func surelyOffers(_ position: Int, for target: [Int]) -> Bool {
        guard let index = candidateAt[position], candidates[index].value != 1 else { return false }
        let variables = candidates[index].variables
        return target.contains { variable in
            relationsOf[variable].contains { !variables.isIncreasingDisjoint(with: relations[$0]) }
        }
    }

    /// The figures to hide for a quantity over `target`, best first: those sharing a published
    /// relation with it, preferring interior cells to totals, then smaller values, then a stable
    /// key; a singleton only when nothing else is there, a whole group's size last.
    ///
    /// With `nearestFirst` (for quantities in systems too large for the exact audit, where moves
    /// certify protection), only the summands of the smallest relations the quantity is in are
    /// considered, a larger relation only when a smaller one offers none: in a table of thousands
    /// of groups nearly every figure shares the organisation's total with the quantity, and hiding
    /// a distant one would free nothing and leave the loop to go round again. For the same reason
    /// only the best `nearestBreadth` of each relation are looked at.
    /// The figures are given by their positions in the tabulation.
    mutating func ranked(for target: [Int], nearestFirst: Bool) -> [Int] {
        let targetVariables = Self.increasing(target)
        let touching = Set(target.flatMap { relationsOf[$0] }).sorted { (relations[$0].count, $0) < (relations[$1].count, $1) }
        let breadth = nearestFirst ? Self.nearestBreadth : Int.max
        var found: [Int] = []
        if nearestFirst {
            var tierSize: Int?
            for relation in touching {
                let size = relations[relation].count
                if let tierSize, size > tierSize, found.contains(where: { !candidates[$0].isWholeGroup }) { break }
                tierSize = size
                found += summands(of: relation).prefix(breadth)
            }
        }
        if found.isEmpty {
            for relation in touching { found += sharing(relation).prefix(breadth) }
        }
        let all = Array(Set(found))
        let nonSingletons = all.filter { candidates[$0].value != 1 }
        let pool = nonSingletons.isEmpty ? all : nonSingletons
        let ranks = pool.map { index in
            let disjoint = candidates[index].variables.isIncreasingDisjoint(with: targetVariables)
            return (candidates[index].isWholeGroup ? 1 : 0, disjoint ? 0 : 1, -candidates[index].depth, candidates[index].value, candidates[index].position)
        }
        return ranks.sorted { $0 < $1 }.map(\.4)
    }

    /// Relations of a national table hold tens of thousands of figures; a failing quantity needs a
    /// few of the best, and the rest would cost a sort per failure.
    static let nearestBreadth = 64

    /// The candidates whose unknowns all lie in `relation`, best first (see `order`); computed once
    /// per relation, since the failures of a round share their neighbourhoods.
    private mutating func summands(of relation: Int) -> [Int] {
        if let known = summandsOf[relation] { return known }
        let members = relations[relation]
        let ordered = order(candidates(sharing: members).filter { candidates[$0].variables.isIncreasingSubset(of: members) })
        summandsOf[relation] = ordered
        return ordered
    }

    /// The candidates sharing an unknown with `relation`, best first; computed once per relation.
    private mutating func sharing(_ relation: Int) -> [Int] {
        if let known = sharingOf[relation] { return known }
        let ordered = order(candidates(sharing: relations[relation]))
        sharingOf[relation] = ordered
        return ordered
    }

    /// The candidates holding any of `variables`, each once. Marked in a list rather than gathered
    /// into a set: a small system's organisation total holds every unknown, and the lists of all
    /// their candidates, gathered and hashed, were most of the page faults of a small file spread
    /// over many sites.
    private func candidates(sharing variables: [Int]) -> [Int] {
        var isFound = [Bool](repeating: false, count: candidates.count)
        var found: [Int] = []
        for variable in variables {
            for candidate in candidatesOf[variable] where !isFound[candidate] {
                isFound[candidate] = true
                found.append(candidate)
            }
        }
        return found
    }

    /// Candidates (distinct) in the order `ranked` prefers them before it knows the target:
    /// non-singletons, interior cells before totals, smaller values, a stable key; whole groups last.
    private func order(_ indices: [Int]) -> [Int] {
        let ranks = indices.map { index in
            (candidates[index].value == 1 ? 1 : 0, candidates[index].isWholeGroup ? 1 : 0, -candidates[index].depth, candidates[index].value, candidates[index].position, index)
        }
        return ranks.sorted { $0 < $1 }.map(\.5)
    }
}

/// Per unknown, the lists holding it, by their index, in the lists' order: every unknown's in one
/// flat list.
private struct VariableIndex {
    private let starts: [Int]
    private let lists: [Int]

    /// The index of `lists`, whose elements are unknowns below `variableCount`.
    init(_ lists: [[Int]], variableCount: Int) {
        var starts = [Int](repeating: 0, count: variableCount + 1)
        for list in lists {
            for variable in list { starts[variable + 1] += 1 }
        }
        for variable in 0..<variableCount { starts[variable + 1] += starts[variable] }
        var next = starts
        var holding = [Int](repeating: 0, count: starts[variableCount])
        for (index, list) in lists.enumerated() {
            for variable in list {
                holding[next[variable]] = index
                next[variable] += 1
            }
        }
        self.starts = starts
        self.lists = holding
    }

    /// The lists holding `variable`; none for an unknown no list holds.
    subscript(variable: Int) -> ArraySlice<Int> {
        guard variable >= 0, variable + 1 < starts.count else { return [] }
        return lists[starts[variable]..<starts[variable + 1]]
    }
}
