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
        var variables: Set<Int>
        var depth: Int
        var value: Int
        var isWholeGroup: Bool
    }

    private let relations: [Set<Int>]
    private let relationsOf: [Int: [Int]]
    private let candidates: [Candidate]
    private let candidatesOf: [Int: [Int]]
    /// Each candidate's index in `candidates`, by its position in the tabulation.
    private let candidateAt: [Int: Int]
    private var summandsOf: [Int: [Int]] = [:]
    private var sharingOf: [Int: [Int]] = [:]

    /// Indexes `system`'s published relations and the shown figures that may be hidden: counts,
    /// answered counts, group sizes and favourable counts; never a zero of a question whose zeros
    /// are always shown.
    init(system: AuditSystemID, tabulation: Tabulation, model: QuarterModel, published: [Functional]) {
        relations = published.map { Set(model.variables(of: $0, in: system)) }
        var relationsOf: [Int: [Int]] = [:]
        for (index, relation) in relations.enumerated() {
            for variable in relation { relationsOf[variable, default: []].append(index) }
        }
        self.relationsOf = relationsOf
        var candidates: [Candidate] = []
        var candidatesOf: [Int: [Int]] = [:]
        for position in tabulation.positions(relatedTo: system) {
            let entry = tabulation.entry(at: position)
            let key = tabulation.key(at: position)
            guard entry.figure.isShown, let functional = entry.functionals.first,
                [.count, .answered, .respondents, .favorablePercent].contains(key.measure),
                functional.system == system || functional.system == .respondents
            else { continue }
            if entry.figure.count == 0 && !entry.isSensitive && key.measure == .count { continue }
            let variables = Set(model.variables(of: functional, in: system))
            guard !variables.isEmpty else { continue }
            for variable in variables { candidatesOf[variable, default: []].append(candidates.count) }
            candidates.append(Candidate(
                position: position, variables: variables, depth: key.group.conditions.count, value: entry.figure.count,
                isWholeGroup: key.measure == .respondents && system != .respondents))
        }
        self.candidates = candidates
        self.candidatesOf = candidatesOf
        candidateAt = Dictionary(uniqueKeysWithValues: candidates.indices.map { (candidates[$0].position, $0) })
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
            (relationsOf[variable] ?? []).contains { !variables.isDisjoint(with: relations[$0]) }
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
        let targetSet = Set(target)
        let touching = Set(target.flatMap { relationsOf[$0] ?? [] }).sorted { (relations[$0].count, $0) < (relations[$1].count, $1) }
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
            let disjoint = candidates[index].variables.isDisjoint(with: targetSet)
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
        let found = Set(members.flatMap { candidatesOf[$0] ?? [] }).filter { candidates[$0].variables.isSubset(of: members) }
        let ordered = order(found)
        summandsOf[relation] = ordered
        return ordered
    }

    /// The candidates sharing an unknown with `relation`, best first; computed once per relation.
    private mutating func sharing(_ relation: Int) -> [Int] {
        if let known = sharingOf[relation] { return known }
        let ordered = order(Set(relations[relation].flatMap { candidatesOf[$0] ?? [] }))
        sharingOf[relation] = ordered
        return ordered
    }

    /// Candidates in the order `ranked` prefers them before it knows the target: non-singletons,
    /// interior cells before totals, smaller values, a stable key; whole groups last.
    private func order(_ indices: Set<Int>) -> [Int] {
        let ranks = indices.map { index in
            (candidates[index].value == 1 ? 1 : 0, candidates[index].isWholeGroup ? 1 : 0, -candidates[index].depth, candidates[index].value, candidates[index].position, index)
        }
        return ranks.sorted { $0 < $1 }.map(\.5)
    }
}
