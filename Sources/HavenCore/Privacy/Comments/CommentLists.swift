/// Which groups' comment lists one release may publish (R9): only groups of at least `k_m`
/// respondents, and never two nested lists whose difference comes from fewer than `k_m` people,
/// counting every list earlier releases of the same data published. Comment lists subtract exactly
/// like counts: the organisation's comments minus one site's are the other sites' comments.
struct CommentLists {
    let counts: QuarterCounts
    /// The smallest group, and the smallest difference of nested groups, whose comments are shown.
    let threshold: Int
    private let order: [Int]

    init(counts: QuarterCounts, threshold: Int) {
        self.counts = counts
        self.threshold = threshold
        order = counts.sortedAtoms
    }

    /// The groups of `candidates` (this release's groups whose size is shown) whose lists may be
    /// published beside the lists `earlier` already published. A nested pair that fails drops the
    /// smaller list of this release, else the larger: earlier lists cannot be taken back.
    func publishable(_ candidates: [GroupKey], earlier: Set<GroupKey>) -> Set<GroupKey> {
        var published = Set(candidates.filter { respondents(atoms($0)) >= threshold })
        var changed = true
        while changed {
            changed = false
            let all = published.union(earlier).sorted()
            let atomSets = Dictionary(uniqueKeysWithValues: all.map { ($0, Set(atoms($0))) })
            search: for outer in all {
                let inner = all.filter { $0 != outer && atomSets[$0]!.isStrictSubset(of: atomSets[outer]!) }
                var unions = inner.map { [$0] }
                if inner.count > 1 { unions.append(inner) }
                for members in unions {
                    let pool = atomSets[outer]!.subtracting(members.flatMap { atomSets[$0]! })
                    let size = respondents(Array(pool))
                    guard size > 0 && size < threshold else { continue }
                    let removable = members.filter { !earlier.contains($0) }
                        .sorted { (respondents(Array(atomSets[$0]!)), $0) < (respondents(Array(atomSets[$1]!)), $1) }
                    if let smallest = removable.first {
                        published.remove(smallest)
                    } else if !earlier.contains(outer) {
                        published.remove(outer)
                    } else {
                        continue
                    }
                    changed = true
                    break search
                }
            }
        }
        return published
    }

    /// The atoms of a group.
    func atoms(_ group: GroupKey) -> [Int] {
        counts.atoms(in: group, order: order)
    }

    private func respondents(_ atoms: [Int]) -> Int {
        atoms.reduce(0) { $0 + counts.respondents[$1] }
    }
}
