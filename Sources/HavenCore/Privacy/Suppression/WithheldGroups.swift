/// The groups of the tables withheld whole, kept without their figures (`Tabulation.removeFigures`).
/// Their figures are all hidden and no report lists them, so the audit needs only what they
/// protect, read here once when they are withheld. A national quarter's site-by-role table, held
/// as figures, was three in four of its five million figures and of its million protected
/// quantities, kept through every audit where nearly all are proven safe a group at a time
/// without being read (`QuarterAuditor`).
struct WithheldGroups: Sendable {
    /// A hidden figure of a withheld group that protects something: 6 bytes, as a national
    /// quarter's withheld groups hold a million of them through its audit. Its numbers are
    /// 8-bit, as withheld groups are small (a table is withheld when most of its figures are
    /// hidden); larger ones are kept in `large`.
    private struct Protecting: Sendable {
        let kind: UInt16
        /// Whether it protects its own form (`own`), its complement (`complement`), or both, and
        /// whether its numbers are in `large`.
        let protects: UInt8
        let count: UInt8
        let answered: UInt8

        static let own: UInt8 = 1
        static let complement: UInt8 = 2
        static let isLarge: UInt8 = 4
    }

    /// A figure of a group by its kind: each kind of figure is once in a group.
    private struct FigureOfGroup: Hashable, Sendable {
        let group: GroupKey
        let kind: UInt16
    }

    /// The groups, in canonical order (as their figures were in the tabulation).
    private(set) var groups: [GroupKey] = []
    private var members: Set<GroupKey> = []
    /// The protecting figures of `groups[i]` are `figures[starts[i]..<starts[i + 1]]`, in key order.
    private var starts: [Int] = [0]
    private var figures: [Protecting] = []
    /// The numbers of the protecting figures counting more than 16 bits hold.
    private var large: [FigureOfGroup: (count: Int, answered: Int)] = [:]
    /// What each kind of figure of the tabulation protects.
    private var rules: [ProtectedQuantity.Rule] = []
    private var forms: [(own: FigureTemplate.Form?, complement: FigureTemplate.Form?)] = []
    /// The systems of the quantities the groups protect.
    private(set) var systems: Set<AuditSystemID> = []

    var isEmpty: Bool { groups.isEmpty }

    func contains(_ group: GroupKey) -> Bool {
        members.contains(group)
    }

    /// None.
    init() {}

    /// What `withheld`, groups of `tabulation` whose figures are all hidden, protect, as the
    /// auditor's listing would list it.
    init(_ withheld: Set<GroupKey>, of tabulation: Tabulation) {
        let listing = QuarterAuditor.Listing(tabulation)
        rules = listing.rules
        forms = listing.forms
        groups = withheld.sorted()
        members = withheld
        for group in groups {
            for position in tabulation.positions(of: group) {
                let found = listing.protects(at: position, in: tabulation)
                let protects = (found.own ? Protecting.own : 0) | (found.complement ? Protecting.complement : 0)
                guard protects != 0 else { continue }
                let kind = UInt16(tabulation.kind(at: position))
                let count = tabulation.count(at: position)
                let answered = tabulation.answered(at: position)
                guard let small = UInt8(exactly: count), let smallAnswered = UInt8(exactly: answered) else {
                    large[FigureOfGroup(group: group, kind: kind)] = (count, answered)
                    figures.append(Protecting(kind: kind, protects: protects | Protecting.isLarge, count: 0, answered: 0))
                    continue
                }
                figures.append(Protecting(kind: kind, protects: protects, count: small, answered: smallAnswered))
            }
            starts.append(figures.count)
        }
        tallySystems()
    }

    /// Withholds `withheld`, groups of `tabulation` whose figures are all hidden: keeps what they
    /// protect, then drops their figures from the tabulation.
    mutating func withhold(_ withheld: Set<GroupKey>, from tabulation: inout Tabulation) {
        absorb(WithheldGroups(withheld.subtracting(members), of: tabulation))
        tabulation.removeFigures(of: withheld)
    }

    /// Adds `other`'s groups (none of them here already), from a tabulation with the same kinds of
    /// figure: merged in canonical order into one list, as a national quarter's withheld groups
    /// hold a million protecting figures.
    mutating func absorb(_ other: WithheldGroups) {
        guard !isEmpty else {
            self = other
            return
        }
        large.merge(other.large) { $1 }
        // Batches of a table come in canonical order: each goes after the last.
        if let last = groups.last, let first = other.groups.first, last < first {
            groups += other.groups
            members.formUnion(other.members)
            starts += other.starts.dropFirst().map { $0 + figures.count }
            figures += other.figures
            systems.formUnion(other.systems)
            return
        }
        var merged: [Protecting] = []
        merged.reserveCapacity(figures.count + other.figures.count)
        var mergedGroups: [GroupKey] = []
        var mergedStarts = [0]
        var mine = 0
        var theirs = 0
        while mine < groups.count || theirs < other.groups.count {
            let takesMine = theirs == other.groups.count || (mine < groups.count && groups[mine] < other.groups[theirs])
            let (source, index) = takesMine ? (self, mine) : (other, theirs)
            mergedGroups.append(source.groups[index])
            merged += source.figures[source.starts[index]..<source.starts[index + 1]]
            mergedStarts.append(merged.count)
            if takesMine { mine += 1 } else { theirs += 1 }
        }
        groups = mergedGroups
        members.formUnion(other.members)
        figures = merged
        starts = mergedStarts
        tallySystems()
    }

    /// Gives back the room the lists grew into while batches were absorbed (a national quarter's
    /// figures kept a megabyte to spare), before the groups are kept through an audit.
    mutating func fit() {
        groups = groups.fitted()
        starts = starts.fitted()
        figures = figures.fitted()
    }

    /// Finds the systems of the groups' quantities.
    private mutating func tallySystems() {
        var protects = [UInt8](repeating: 0, count: forms.count)
        for figure in figures { protects[Int(figure.kind)] |= figure.protects }
        systems = []
        for (forms, protects) in zip(forms, protects) {
            if protects & Protecting.own != 0, let form = forms.own { systems.insert(form.system) }
            if protects & Protecting.complement != 0, let form = forms.complement { systems.insert(form.system) }
        }
    }

    /// Every quantity of the groups, in the order the auditor's listing gave them when they were
    /// tabulated, without their groups' sizes.
    var quantities: [ProtectedQuantity] {
        let every = kindNumbers { _ in 0 }
        var found: [ProtectedQuantity] = []
        for group in groups.indices {
            for index in starts[group]..<starts[group + 1] {
                forEachQuantity(atFigure: index, ofGroupAt: group, numbered: every, groupSize: nil) { found.append($0) }
            }
        }
        return found
    }

    /// How many quantities the groups protect in each system.
    var quantitiesBySystem: [AuditSystemID: Int] {
        let (listed, numbers) = systemNumbering
        var tally = [Int](repeating: 0, count: listed.count)
        for index in groups.indices { self.tally(ofGroupAt: index, by: numbers, into: &tally) }
        return Dictionary(uniqueKeysWithValues: zip(listed, tally))
    }

    /// The groups' systems, each numbered by its place in the list, and `kindNumbers` by them.
    private var systemNumbering: (systems: [AuditSystemID], numbers: [(own: Int?, complement: Int?)]) {
        let listed = Array(systems)
        let numberOf = Dictionary(uniqueKeysWithValues: listed.enumerated().map { ($1, $0) })
        return (listed, kindNumbers { numberOf[$0] })
    }

    /// Per kind of figure, the number `number` gives its own form's system and its complement's
    /// (nil without the form, or where `number` gives none): for `tally`.
    func kindNumbers(_ number: (AuditSystemID) -> Int?) -> [(own: Int?, complement: Int?)] {
        forms.map { forms in (forms.own.flatMap { number($0.system) }, forms.complement.flatMap { number($0.system) }) }
    }

    /// Adds one to `tally[n]` for each quantity of `groups[index]`, `n` its system's number by
    /// `numbers` (`kindNumbers`): counted without making the quantities, which a probe passes
    /// over by the hundred thousand.
    func tally(ofGroupAt index: Int, by numbers: [(own: Int?, complement: Int?)], into tally: inout [Int]) {
        for figure in figures[starts[index]..<starts[index + 1]] {
            let kind = Int(figure.kind)
            if figure.protects & Protecting.own != 0, let number = numbers[kind].own { tally[number] += 1 }
            if figure.protects & Protecting.complement != 0, let number = numbers[kind].complement { tally[number] += 1 }
        }
    }

    /// Each system's protecting figures, as figure indices in order: one pass over every group for
    /// an audit's systems, where asking each group per system read a national quarter's million
    /// protecting figures thirty times. Their groups are found again by `forEachGroup`: listed
    /// with each figure, they doubled the lists, a quarter of a mid-sized network's peak.
    var figuresBySystem: [AuditSystemID: [Int32]] {
        let (listed, numbers) = systemNumbering
        var found = [[Int32]](repeating: [], count: listed.count)
        for (index, figure) in figures.enumerated() {
            let kind = Int(figure.kind)
            let own = figure.protects & Protecting.own != 0 ? numbers[kind].own : nil
            let complement = figure.protects & Protecting.complement != 0 ? numbers[kind].complement : nil
            if let own { found[own].append(Int32(index)) }
            if let complement, complement != own { found[complement].append(Int32(index)) }
        }
        return Dictionary(uniqueKeysWithValues: zip(listed, found))
    }

    /// Hands `body` each group of `figures` (figure indices in order, as `figuresBySystem` lists
    /// them) with its run of them.
    func forEachGroup(of figures: [Int32], _ body: (_ group: Int, _ figures: ArraySlice<Int32>) -> Void) {
        var group = 0
        var start = 0
        while start < figures.count {
            while starts[group + 1] <= Int(figures[start]) { group += 1 }
            var end = start + 1
            while end < figures.count, Int(figures[end]) < starts[group + 1] { end += 1 }
            body(group, figures[start..<end])
            start = end
        }
    }

    /// Hands `body` the quantities of the protecting figure at `index` (of `figuresBySystem`) of
    /// `groups[group]` whose system `numbers` (`kindNumbers`) numbers, as `quantities` makes them.
    func forEachQuantity(
        atFigure index: Int, ofGroupAt group: Int, numbered numbers: [(own: Int?, complement: Int?)], groupSize: Int?,
        _ body: (ProtectedQuantity) -> Void
    ) {
        let figure = figures[index]
        let kind = Int(figure.kind)
        let rule = rules[kind]
        let size = rule.measure == .respondents ? nil : groupSize
        var (count, answered) = (Int(figure.count), Int(figure.answered))
        if figure.protects & Protecting.isLarge != 0 {
            // Recorded with the figure whenever the flag is set.
            guard let exact = large[FigureOfGroup(group: groups[group], kind: figure.kind)] else {
                preconditionFailure("a withheld figure's large numbers were not kept")
            }
            (count, answered) = exact
        }
        if figure.protects & Protecting.own != 0, numbers[kind].own != nil, let form = forms[kind].own {
            body(ProtectedQuantity(form: form, group: groups[group], measure: rule.measure, value: count, threshold: rule.threshold, groupSize: size))
        }
        if figure.protects & Protecting.complement != 0, numbers[kind].complement != nil, let form = forms[kind].complement {
            body(ProtectedQuantity(
                form: form, group: groups[group], measure: rule.measure, value: answered - count, threshold: rule.threshold, groupSize: size))
        }
    }
}
