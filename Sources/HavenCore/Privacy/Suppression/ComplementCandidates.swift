/// The shown figures of one audit system that could be hidden next to free a failing quantity,
/// indexed once per round of secondary suppression so that each failure costs a few lookups
/// rather than a pass over every figure of the quarter.
///
/// A candidate must share a published relation with the failing quantity (§4.3 B).
struct ComplementCandidates {
    private struct Candidate {
        var key: FigureKey
        var variables: Set<Int>
        var depth: Int
        var value: Int
        var isWholeGroup: Bool
    }

    private let relations: [Set<Int>]
    private let relationsOf: [Int: [Int]]
    private let candidates: [Candidate]
    private let candidatesOf: [Int: [Int]]

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
        for key in tabulation.keys(relatedTo: system) {
            guard let entry = tabulation.entries[key], entry.figure.isShown, let functional = entry.functionals.first,
                [.count, .answered, .respondents, .favorablePercent].contains(key.measure),
                functional.system == system || functional.system == .respondents
            else { continue }
            if entry.figure.count == 0 && !entry.isSensitive && key.measure == .count { continue }
            let variables = Set(model.variables(of: functional, in: system))
            guard !variables.isEmpty else { continue }
            for variable in variables { candidatesOf[variable, default: []].append(candidates.count) }
            candidates.append(Candidate(
                key: key, variables: variables, depth: key.group.conditions.count, value: entry.figure.count,
                isWholeGroup: key.measure == .respondents && system != .respondents))
        }
        self.candidates = candidates
        self.candidatesOf = candidatesOf
    }

    /// The figures to hide for a quantity over `target`, best first: those sharing a published
    /// relation with it, preferring interior cells to totals, then smaller values, then a stable
    /// key; a singleton only when nothing else is there, a whole group's size last.
    ///
    /// With `nearestFirst` (for quantities in systems too large for the exact audit, where moves
    /// certify protection), only the summands of the smallest relations the quantity is in are
    /// considered, a larger relation only when a smaller one offers none: in a table of thousands
    /// of groups nearly every figure shares the organisation's total with the quantity, and hiding
    /// a distant one would free nothing and leave the loop to go round again.
    func ranked(for target: [Int], nearestFirst: Bool) -> [FigureKey] {
        let targetSet = Set(target)
        let touching = Set(target.flatMap { relationsOf[$0] ?? [] }).sorted { (relations[$0].count, $0) < (relations[$1].count, $1) }
        var found: [Int] = []
        if nearestFirst {
            var tierSize: Int?
            for relation in touching {
                let size = relations[relation].count
                if let tierSize, size > tierSize, found.contains(where: { !candidates[$0].isWholeGroup }) { break }
                tierSize = size
                for variable in relations[relation] {
                    found += (candidatesOf[variable] ?? []).filter { candidates[$0].variables.isSubset(of: relations[relation]) }
                }
            }
        }
        if found.isEmpty {
            for relation in touching {
                for variable in relations[relation] { found += candidatesOf[variable] ?? [] }
            }
        }
        let all = Array(Set(found))
        let nonSingletons = all.filter { candidates[$0].value != 1 }
        let pool = nonSingletons.isEmpty ? all : nonSingletons
        func rank(_ index: Int) -> (Int, Int, Int, Int, FigureKey) {
            let candidate = candidates[index]
            let disjoint = candidate.variables.isDisjoint(with: targetSet)
            return (candidate.isWholeGroup ? 1 : 0, disjoint ? 0 : 1, -candidate.depth, candidate.value, candidate.key)
        }
        return pool.sorted { rank($0) < rank($1) }.map { candidates[$0].key }
    }
}
