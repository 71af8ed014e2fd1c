/// One quarter's data in the attacker's terms: unknown counts per merged atom and category.
///
/// Atoms that belong to exactly the same published and protected groups are merged: no published
/// number can tell them apart, so merging loses the attacker nothing and keeps the systems small.
/// Atoms nobody is in do not appear, which credits the attacker with knowing those groups are
/// empty: a conservative assumption (the attacker is made stronger, never weaker).
struct QuarterModel {
    let counts: QuarterCounts
    /// Each merged atom's member atoms: those of merged atom `i` are
    /// `mergedMembers[mergedStarts[i]..<mergedStarts[i + 1]]`. Flat and 32-bit, as `groupAtoms`:
    /// a list per merged atom and per group were two thirds of a national quarter's model, which
    /// its probe holds twice (the quarter's and one merged over the groups an audit needs).
    private let mergedStarts: [Int32]
    private let mergedMembers: [Int32]
    /// How many groups the atoms were merged over.
    let groupCount: Int
    /// The merged atoms of each group: those of the group numbered `n` by `groupNumbers` are
    /// `groupAtoms[groupStarts[n]..<groupStarts[n + 1]]`.
    private let groupNumbers: [GroupKey: Int32]
    private let groupStarts: [Int32]
    private let groupAtoms: [Int32]
    /// Each merged atom's value index per dimension some group names, `-1` where its members
    /// differ: `namedDimensions` of them per merged atom, one atom after another.
    private let atomCoordinates: [Int32]
    private let namedDimensions: Int

    init(counts: QuarterCounts, groups: [GroupKey]) {
        self.counts = counts
        let order = counts.sortedAtoms
        let sortedGroups = Array(Set(groups)).sorted()
        groupCount = sortedGroups.count
        var membership: [Int: [Int]] = [:]
        let atomsOf = counts.atoms(in: sortedGroups, order: order)
        for (index, group) in sortedGroups.enumerated() {
            for atom in atomsOf[group] ?? [] {
                membership[atom, default: []].append(index)
            }
        }
        var signatureIndex: [[Int]: Int] = [:]
        var merged: [[Int]] = []
        for atom in order {
            let signature = membership[atom] ?? []
            if let index = signatureIndex[signature] {
                merged[index].append(atom)
            } else {
                signatureIndex[signature] = merged.count
                merged.append([atom])
            }
        }
        (mergedStarts, mergedMembers) = Self.flattened(merged)
        var atomsOfGroup = [[Int]](repeating: [], count: sortedGroups.count)
        for (index, members) in merged.enumerated() {
            for group in membership[members[0]] ?? [] {
                atomsOfGroup[group].append(index)
            }
        }
        (groupStarts, groupAtoms) = Self.flattened(atomsOfGroup)
        groupNumbers = Dictionary(uniqueKeysWithValues: sortedGroups.enumerated().map { ($1, Int32($0)) })
        // A dimension no group names tells no cells apart: as a coordinate it would only confine
        // moves to cells that share its value (a national network's sites of one site type), when
        // any other site's cells are exchanges just as invisible.
        let named = Set(sortedGroups.flatMap { $0.conditions.map(\.dimension) })
        let positions = counts.dimensions.indices.filter { named.contains(counts.dimensions[$0]) }
        namedDimensions = positions.count
        atomCoordinates = merged.flatMap { members in
            positions.map { position in
                let first = counts.code(ofDimension: position, atom: members[0])
                return members.allSatisfy { counts.code(ofDimension: position, atom: $0) == first } ? first : -1
            }
        }
    }

    /// `lists` as where each starts in one list of them all, with the end of the last.
    private static func flattened(_ lists: [[Int]]) -> (starts: [Int32], elements: [Int32]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        var elements: [Int32] = []
        elements.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            elements += list.lazy.map { Int32($0) }
            starts.append(Int32(elements.count))
        }
        return (starts, elements)
    }

    /// How many merged atoms there are.
    var mergedCount: Int { mergedStarts.count - 1 }

    /// The member atoms of merged atom `index`.
    private func members(of index: Int) -> ArraySlice<Int32> {
        mergedMembers[Int(mergedStarts[index])..<Int(mergedStarts[index + 1])]
    }

    func layout(of system: AuditSystemID) -> SystemLayout {
        switch system {
        case .respondents: .respondents
        case .multiOption: .multiOption
        case let .question(id): counts.layout.entry(id).map { SystemLayout.choice($0.question) } ?? .respondents
        }
    }

    /// The true value of every unknown of a system, merged atom by merged atom. The question's
    /// slots are found once and each atom's row read in place: with the question looked up by
    /// its id for every atom, this was a twelfth of a national quarter's audit.
    func values(of system: AuditSystemID) -> [Int] {
        let width = layout(of: system).categoryCount
        var values = [Int](repeating: 0, count: mergedCount * width)
        switch system {
        case .respondents:
            let respondents = counts.respondents
            for index in 0..<mergedCount {
                values[index] = members(of: index).reduce(0) { $0 + respondents[Int($1)] }
            }
        case let .question(id):
            guard let entry = counts.layout.entry(id) else { break }
            let slots = (0..<width).map { $0 == width - 1 ? entry.skippedSlot : entry.offset + $0 }
            let cells = counts.counts
            for index in 0..<mergedCount {
                for atom in members(of: index).lazy.map(Int.init) {
                    for (category, slot) in slots.enumerated() {
                        values[index * width + category] += cells.count(atom: atom, slot: slot)
                    }
                }
            }
        case let .multiOption(id, option):
            guard let entry = counts.layout.entry(id) else { break }
            let cells = counts.counts
            for index in 0..<mergedCount {
                for atom in members(of: index).lazy.map(Int.init) {
                    let chosen = cells.count(atom: atom, slot: entry.offset + option)
                    values[index * width] += chosen
                    values[index * width + 1] += cells.count(atom: atom, slot: entry.answeredSlot) - chosen
                    values[index * width + 2] += cells.count(atom: atom, slot: entry.skippedSlot)
                }
            }
        }
        return values
    }

    /// Each unknown's position for the move search (`MoveCertifier`): its merged atom's value per
    /// dimension, then its category.
    func coordinates(of system: AuditSystemID) -> CellCoordinates {
        let width = layout(of: system).categoryCount
        guard namedDimensions > 0 else {
            // Without a named dimension an unknown's only coordinate is its category.
            return CellCoordinates(count: mergedCount * width, axes: 1, values: (0..<mergedCount * width).map { Int32($0 % width) })
        }
        return CellCoordinates(atoms: atomCoordinates, dimensions: namedDimensions, categories: width)
    }

    /// The merged atoms of `group`.
    func atoms(of group: GroupKey) -> [Int] {
        atomSlice(of: group).map(Int.init)
    }

    /// The merged atoms of `group`, in place.
    private func atomSlice(of group: GroupKey) -> ArraySlice<Int32> {
        guard let number = groupNumbers[group].map(Int.init) else { return [] }
        return groupAtoms[Int(groupStarts[number])..<Int(groupStarts[number + 1])]
    }

    /// The unknowns a functional sums: in the respondents system a group is its atoms; in a question
    /// system a group's size is all its categories.
    func variables(of functional: Functional, in system: AuditSystemID) -> [Int] {
        variables(of: functional, in: system, layout: layout(of: system), atoms: atomSlice(of: functional.group))
    }

    /// `variables(of:in:)` of each of `functionals`, in order. The system's layout is found once,
    /// and a group's merged atoms once for a run of its functionals: an audit's protected
    /// quantities come group by group, a national quarter's system holds 35,000 of them, and
    /// hashing each one's group took a tenth of the audit.
    func variables(of functionals: some Sequence<Functional>, in system: AuditSystemID) -> [[Int]] {
        var all: [[Int]] = []
        forEachVariables(of: functionals, in: system) { all.append($0) }
        return all
    }

    /// Hands `body` `variables(of:in:)` of each of `functionals` in turn, for a caller that keeps
    /// few of them, or keeps them in another form.
    func forEachVariables(of functionals: some Sequence<Functional>, in system: AuditSystemID, _ body: ([Int]) -> Void) {
        let layout = layout(of: system)
        var group: GroupKey?
        var atoms: ArraySlice<Int32> = []
        for functional in functionals {
            if functional.group != group {
                group = functional.group
                atoms = atomSlice(of: functional.group)
            }
            body(variables(of: functional, in: system, layout: layout, atoms: atoms))
        }
    }

    private func variables(of functional: Functional, in system: AuditSystemID, layout: SystemLayout, atoms: ArraySlice<Int32>) -> [Int] {
        let width = layout.categoryCount
        let categories = functional.system == system ? functional.categories : layout.all
        // Filled in place: mapping each atom to its list of unknowns took an array per atom, and
        // the organisation's sums span every atom of a national quarter.
        var variables: [Int] = []
        variables.reserveCapacity(atoms.count * categories.count)
        for atom in atoms.lazy.map(Int.init) {
            for category in categories { variables.append(atom * width + category) }
        }
        return variables
    }
}
