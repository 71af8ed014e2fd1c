import Crypto
import Foundation
import HavenSurvey

/// One quarter's responses counted once per finest cell ("atom"): the combination of every
/// catalogue dimension's value (or "missing"). Every number a report publishes is a sum of these
/// counts, so memory grows with the number of distinct atoms, never with the number of responses.
public struct QuarterCounts: Sendable {
    /// The catalogue's dimensions, in a fixed order.
    let dimensions: [String]
    /// Per dimension, the value codes seen; an atom stores index+1 into this list, 0 for missing.
    private(set) var values: [[String]]
    private var valueIndex: [[String: Int32]]
    /// Each atom by its codes, for counting one response at a time (`add`); found then for counts
    /// made elsewhere, whose atoms are known already.
    private var atomIndex: [[Int32]: Int] = [:]
    /// The atoms' value indices, `dimensions.count` per atom, one atom after another: a list per
    /// atom, and a table of them, took 2.8 MB of a national file's four quarters, kept through
    /// every quarter's audit.
    private var atomCodes: [Int32] = []
    /// Respondents per atom.
    private(set) var respondents: [Int] = []
    /// Counts per atom, `layout.width` each.
    private(set) var counts: CellCounts
    /// Free-text answers by question id.
    private(set) var comments: [String: CommentTexts] = [:]
    /// `sortedAtoms`, kept once counting is over: the engine orders a quarter's atoms a dozen
    /// times (each table's groups, the model, the fingerprint, the comment lists).
    private var atomOrder: [Int]?
    let layout: CountLayout

    init(dimensions: [String], layout: CountLayout) {
        self.dimensions = dimensions
        self.layout = layout
        counts = CellCounts(width: layout.width)
        values = dimensions.map { _ in [] }
        valueIndex = dimensions.map { _ in [:] }
    }

    /// Counts made elsewhere (a file counted row by row into flat arrays): `values` may list
    /// codes no atom uses, so the values a quarter has are read from its atoms.
    init(
        dimensions: [String], layout: CountLayout, values: [[String]], atomCodes: [Int32],
        respondents: [Int], counts: CellCounts, comments: [String: CommentTexts]
    ) {
        precondition(atomCodes.count == respondents.count * dimensions.count, "each atom has one code per dimension")
        self.init(dimensions: dimensions, layout: layout)
        self.values = values
        valueIndex = values.map { codes in
            Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int32($0 + 1)) })
        }
        self.atomCodes = atomCodes
        self.respondents = respondents
        self.counts = counts
        self.comments = comments
        atomOrder = orderedAtoms
    }

    /// Counts one response's answers; a free-text answer's text is kept only if `keepingTexts`.
    mutating func add(_ answers: [String: AnswerValue], keepingTexts: Bool = true) {
        var key = [Int32](repeating: 0, count: dimensions.count)
        for (position, dimension) in dimensions.enumerated() {
            guard case let .choice(code)? = answers[dimension] else { continue }
            if let index = valueIndex[position][code] {
                key[position] = index
            } else {
                values[position].append(code)
                let index = Int32(values[position].count)
                valueIndex[position][code] = index
                key[position] = index
            }
        }
        if atomIndex.count < atomCount {
            atomIndex = Dictionary(uniqueKeysWithValues: (0..<atomCount).map { (Array(codes(of: $0)), $0) })
        }
        let atom: Int
        if let existing = atomIndex[key] {
            atom = existing
        } else {
            atom = atomCount
            atomIndex[key] = atom
            atomCodes += key
            atomOrder = nil
            respondents.append(0)
            counts.appendAtom()
        }
        respondents[atom] += 1
        for entry in layout.entries {
            let question = entry.question
            switch answers[question.id] {
            case let .choice(code)?:
                if let option = question.options.firstIndex(where: { $0.code == code }) {
                    counts.increment(atom: atom, slot: entry.offset + option)
                } else {
                    counts.increment(atom: atom, slot: entry.skippedSlot)
                }
            case let .choices(codes)?:
                for (option, candidate) in question.options.enumerated() where codes.contains(candidate.code) {
                    counts.increment(atom: atom, slot: entry.offset + option)
                }
                counts.increment(atom: atom, slot: entry.answeredSlot)
            case let .text(text)?:
                counts.increment(atom: atom, slot: entry.answeredSlot)
                if keepingTexts { comments[question.id, default: CommentTexts()].append(text, atom: atom) }
            case nil:
                counts.increment(atom: atom, slot: entry.skippedSlot)
            }
        }
    }

    /// The free-text answers to `question` of the respondents in `atoms`.
    func comments(to question: String, in atoms: [Int]) -> [String] {
        comments[question]?.answers(in: atoms) ?? []
    }

    /// The distinct texts of `comments(to:in:)`, each made as it is read (`CommentTexts.distinctAnswers`).
    func distinctComments(to question: String, in atoms: [Int]) -> LazyMapSequence<[Int], String> {
        (comments[question] ?? CommentTexts()).distinctAnswers(in: atoms)
    }

    /// How many finest cells have respondents.
    public var atomCount: Int { respondents.count }

    /// The value indices of `atom`, one per dimension (0 for missing).
    func codes(of atom: Int) -> ArraySlice<Int32> {
        atomCodes[(atom * dimensions.count)..<((atom + 1) * dimensions.count)]
    }

    /// The value index of dimension `position` in `atom`, 0 for missing.
    func code(ofDimension position: Int, atom: Int) -> Int32 {
        atomCodes[atom * dimensions.count + position]
    }

    /// The value code of dimension `position` in `atom`, nil for missing.
    func value(ofDimension position: Int, atom: Int) -> String? {
        let index = code(ofDimension: position, atom: atom)
        return index == 0 ? nil : values[position][Int(index) - 1]
    }

    /// Every slot's count summed over `atoms`, `layout.width` of them, in one pass over each
    /// atom's row: a group's tabulation summed slot by slot, walking its atoms once per slot.
    func totals(of atoms: [Int]) -> [Int] {
        var totals = [Int](repeating: 0, count: layout.width)
        counts.add(atoms, to: &totals)
        return totals
    }

    /// Drops what counting left spare once it is over: widened rows' old bytes and room to grow
    /// (`CellCounts.packed`).
    mutating func pack() {
        counts = counts.packed()
        atomOrder = orderedAtoms
    }

    /// Atoms sorted by their value codes, missing first: the canonical order used for every
    /// computation. Each dimension's codes are ranked once, so the sort compares integers: a
    /// national quarter's atoms compared code by code cost a tenth of a second, and every quarter
    /// is ordered several times.
    var sortedAtoms: [Int] {
        atomOrder ?? orderedAtoms
    }

    private var orderedAtoms: [Int] {
        let ranks: [[Int32]] = values.map { codes in
            var rank = [Int32](repeating: 0, count: codes.count + 1)
            for (position, index) in codes.indices.sorted(by: { codes[$0] < codes[$1] }).enumerated() {
                rank[index + 1] = Int32(position + 1)
            }
            return rank
        }
        let keys = (0..<atomCount).map { atom in ranks.indices.map { ranks[$0][Int(code(ofDimension: $0, atom: atom))] } }
        return keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
    }

    /// The atoms of a group, in the canonical order `order`.
    func atoms(in group: GroupKey, order: [Int]) -> [Int] {
        atoms(in: [group], order: order)[group] ?? []
    }

    /// The atoms of each of `groups`, in the canonical order `order`: one pass over the atoms per
    /// set of dimensions the groups name (a table's), where asking group by group would compare
    /// every atom with every group (ten thousand of each in a national quarter).
    func atoms(in groups: [GroupKey], order: [Int]) -> [GroupKey: [Int]] {
        var result: [GroupKey: [Int]] = [:]
        for (named, family) in Dictionary(grouping: groups, by: { $0.conditions.map(\.dimension) }) {
            let positions = named.compactMap { dimensions.firstIndex(of: $0) }
            var byValues: [[Int32]: [Int]] = [:]
            if positions.count == named.count {
                for atom in order {
                    byValues[positions.map { code(ofDimension: $0, atom: atom) }, default: []].append(atom)
                }
            }
            for group in family {
                let key = zip(positions, group.conditions).map { position, condition in valueIndex[position][condition.value] ?? 0 }
                // Index 0 is "missing", which no condition names.
                result[group] = key.contains(0) ? [] : byValues[key] ?? []
            }
        }
        return result
    }

    /// The values of a dimension seen this quarter, sorted.
    func observedValues(of dimension: String) -> [String] {
        guard let position = dimensions.firstIndex(of: dimension) else { return [] }
        let used = Set((0..<atomCount).map { code(ofDimension: position, atom: $0) }).subtracting([0])
        return used.map { values[position][Int($0) - 1] }.sorted()
    }

    /// A digest of every count: equal digests mean the same data, whatever order it was read in.
    var fingerprint: String {
        var hasher = SHA256()
        // Each atom's bytes are gathered in one reused buffer: its codes joined by U+001F (U+0000
        // for missing), then its respondents and counts as 32-bit integers. Hashed as a string and
        // a new array per atom, this was a tenth of a second of a national quarter.
        let codes = values.map { $0.map { Array($0.utf8) } }
        var bytes: [UInt8] = []
        for atom in sortedAtoms {
            bytes.removeAll(keepingCapacity: true)
            for position in dimensions.indices {
                if position > 0 { bytes.append(0x1F) }
                let index = Int(code(ofDimension: position, atom: atom))
                if index == 0 { bytes.append(0) } else { bytes += codes[position][index - 1] }
            }
            withUnsafeBytes(of: Int32(respondents[atom])) { bytes += $0 }
            counts.appendRow(atom, to: &bytes)
            bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        for (question, texts) in comments.sorted(by: { $0.key < $1.key }) {
            hasher.update(data: Data(question.utf8))
            texts.forEachInTextOrder { hasher.update(bufferPointer: $0) }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
