import Dispatch
import Synchronization

/// The attacker audit of one quarter (R5): for every protected quantity, the interval an attacker
/// can prove from everything published now and before, under non-negativity, integrality (through
/// the LP bounds rounded inward), "hidden means not zero" where a listing says so, and a re-run as
/// an insider who knows their own answer.
struct QuarterAuditor {
    /// One protected quantity's outcome.
    struct Finding {
        var quantity: ProtectedQuantity
        /// Nil when the audit could not be computed (treated as unsafe: fail closed). For a quantity
        /// in a part too large for the exact model, the interval moves certify: the attacker's
        /// interval is at least as wide.
        var interval: AttackerInterval?
        var isSafe: Bool
        /// Whether moves or flow found the interval only as far as the requirement asked (the
        /// quantity lies in a part too large for the exact LP).
        var isCertified = false
    }

    let tabulation: Tabulation
    let model: QuarterModel
    /// What earlier releases of the same data published.
    let earlier: EarlierKnowledge
    /// Parts with more unknowns than this are audited by moves; the static `exactLimit` unless a
    /// test lowers it.
    var exactLimit = QuarterAuditor.exactLimit

    /// Protected intervals at most this wide are re-audited as if a respondent knew their own answer;
    /// one unit of knowledge cannot narrow a wider interval to a point in the table systems audited here.
    static let insiderWidth = 3

    /// Parts of an attacker system with more unknowns than this are audited by `MoveCertifier`
    /// rather than by the exact LP, whose dense tableau grows with the square of the part.
    static let exactLimit = 400

    /// `protected`, when the caller keeps it between audits of a tabulation that changed since
    /// only in ways that cannot change it (see `SecondarySuppression`).
    var knownProtected: [ProtectedQuantity]?
    /// `systemNumbers(of: protected)`, when the caller numbered them already (a pass over a
    /// national quarter's million quantities, which a probe would repeat for each of its batches).
    var knownSystemNumbers: (systems: [AuditSystemID], numbers: [Int32])?
    /// The groups of tables withheld whole, whose figures the tabulation no longer holds: a report
    /// lists none of them, so the attacker does not learn that they have members, and their
    /// quantities are audited from what they protect (`WithheldGroups`).
    var withheld = WithheldGroups()

    /// Every primary-hidden quantity, now and in earlier releases of the same data, in a stable
    /// order; the withheld groups' are not listed (`withheld`).
    var protected: [ProtectedQuantity] {
        if let knownProtected { return knownProtected }
        // A national quarter's millions of figures are walked in slices on every core, each slice
        // counted first and then written in place: joined from lists of their own, a million
        // quantities were copied twice (trimmed, then joined), each copy retaining their references.
        let positions = tabulation.allPositions
        let slices = Swift.max(1, Swift.min(Tabulation.slices, positions.count / 10_000))
        let ranges = (0..<slices).map { slice in
            (positions.lowerBound + positions.count * slice / slices)..<(positions.lowerBound + positions.count * (slice + 1) / slices)
        }
        let listing = Listing(tabulation)
        let starts = ranges.concurrentMap { protectedCount(in: $0, listing: listing) }.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1) }
        let current = [ProtectedQuantity](unsafeUninitializedCapacity: starts[starts.count - 1]) { buffer, initialized in
            let target = SliceTarget(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { slice in
                var next = starts[slice]
                forEachProtected(in: ranges[slice], listing: listing) { quantity in
                    target.put(quantity, at: next)
                    next += 1
                }
                precondition(next == starts[slice + 1], "a slice's protected quantities were counted otherwise than listed")
            }
            initialized = starts[starts.count - 1]
        }
        guard !earlier.protected.isEmpty else { return current }
        let withheldQuantities = withheld.quantities
        let known = Set((current + withheldQuantities).map(\.functional))
        return current + earlier.protected.filter { !known.contains($0.functional) }.map { quantity in
            var quantity = quantity
            if quantity.measure != .respondents {
                let group = quantity.group
                quantity.groupSize = groupSize(group, shownAs: tabulation[FigureKey(period: tabulation.period, group: group, measure: .respondents)]?.figure)
            }
            return quantity
        }
    }

    /// `protected`, given `listed`, the list before figures of `groups` alone were hidden: a
    /// quantity's figure, value and group size are its own group's, so only those groups' runs
    /// are listed again, in place of theirs by position. A national quarter's site table hidden
    /// whole is a tenth of its figures.
    ///
    /// A run listed again holds as many quantities as before unless hiding changed which figures
    /// protect anything (hiding a group's size changes only their group size): those are written
    /// over in place. Merged into a new list, a million quantities were copied (each reference in
    /// each retained, and released with the old list) to change a few thousand, a third of a
    /// national quarter's probe.
    func protected(updating listed: consuming [ProtectedQuantity], in groups: Set<GroupKey>) -> [ProtectedQuantity] {
        // An earlier release's quantities follow this one's and depend on all of it.
        guard earlier.protected.isEmpty else { return protected }
        let listing = Listing(tabulation)
        var list = consume listed
        var resized: [Range<Int>] = []
        for run in groups.map({ tabulation.positions(of: $0) }).filter({ !$0.isEmpty }) {
            let fresh = protected(in: run, listing: listing)
            let listedRun = Self.firstIndex(in: list, atOrAfter: run.lowerBound)..<Self.firstIndex(in: list, atOrAfter: run.upperBound)
            if listedRun.count == fresh.count {
                list.replaceSubrange(listedRun, with: fresh)
            } else {
                resized.append(run)
            }
        }
        return resized.isEmpty ? list : merging(list, relisting: resized.sorted { $0.lowerBound < $1.lowerBound }, listing: listing)
    }

    /// The index of the first quantity of `list` (this release's, in position order) at or after
    /// `position`.
    private static func firstIndex(in list: [ProtectedQuantity], atOrAfter position: Int) -> Int {
        var low = list.startIndex
        var high = list.endIndex
        while low < high {
            let middle = (low + high) / 2
            if (list[middle].position ?? .max) < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `list` with the quantities of `runs` (in position order) listed again, merged by position.
    private func merging(_ list: [ProtectedQuantity], relisting runs: [Range<Int>], listing: Listing) -> [ProtectedQuantity] {
        let fresh = runs.flatMap { protected(in: $0, listing: listing) }
        var merged: [ProtectedQuantity] = []
        merged.reserveCapacity(list.count + fresh.count)
        var next = fresh.startIndex
        // The runs listed again are passed in step with the list, both in position order.
        var run = runs.startIndex
        for quantity in list {
            guard let position = quantity.position else { continue }
            while run < runs.endIndex, runs[run].upperBound <= position { run += 1 }
            guard run == runs.endIndex || !runs[run].contains(position) else { continue }
            while next < fresh.endIndex, let freshPosition = fresh[next].position, freshPosition < position {
                merged.append(fresh[next])
                next += 1
            }
            merged.append(quantity)
        }
        merged += fresh[next...]
        return merged
    }

    /// The protected quantities of the figures at `positions` of this release.
    private func protected(in positions: Range<Int>, listing: Listing) -> [ProtectedQuantity] {
        var found: [ProtectedQuantity] = []
        forEachProtected(in: positions, listing: listing) { found.append($0) }
        return found
    }

    /// What each kind of figure protects when hidden, read once for a listing.
    struct Listing: Sendable {
        let rules: [ProtectedQuantity.Rule]
        let forms: [(own: FigureTemplate.Form?, complement: FigureTemplate.Form?)]

        init(_ tabulation: Tabulation) {
            rules = tabulation.byKind(ProtectedQuantity.Rule.init)
            forms = tabulation.byKind { (own: $0.forms.first, complement: $0.complementForm) }
        }

        /// Which forms the figure at `position` protects: none unless the primary rules hid it.
        func protects(at position: Int, in tabulation: Tabulation) -> (own: Bool, complement: Bool) {
            let suppression = tabulation.suppression(at: position)
            guard suppression != nil, suppression != .complementary else { return (false, false) }
            return rules[tabulation.kind(at: position)].protects(count: tabulation.count(at: position), answered: tabulation.answered(at: position))
        }
    }

    /// How many protected quantities the figures at `positions` hold, without making them.
    private func protectedCount(in positions: Range<Int>, listing: Listing) -> Int {
        positions.reduce(0) { count, position in
            let found = listing.protects(at: position, in: tabulation)
            return count + (found.own ? 1 : 0) + (found.complement ? 1 : 0)
        }
    }

    /// Hands `body` the protected quantities of the figures at `positions`, in order.
    private func forEachProtected(in positions: Range<Int>, listing: Listing, _ body: (ProtectedQuantity) -> Void) {
        // A group's figures are a run: it is found, and its published size, once for its quantities.
        var run: (group: GroupKey, positions: Range<Int>, size: Int?)?
        for position in positions {
            let found = listing.protects(at: position, in: tabulation)
            guard found.own || found.complement else { continue }
            let kind = tabulation.kind(at: position)
            let rule = listing.rules[kind]
            let count = tabulation.count(at: position)
            let answered = tabulation.answered(at: position)
            let current: (group: GroupKey, positions: Range<Int>, size: Int?)
            if let run, run.positions.contains(position) {
                current = run
            } else {
                let (group, positions) = tabulation.run(containing: position)
                current = (group, positions, groupSize(group, shownAs: tabulation.figure(at: positions.lowerBound)))
                run = current
            }
            let group = current.group
            let size = rule.measure == .respondents ? nil : current.size
            // `Rule.protects` names a form only where the kind has it.
            if found.own, let form = listing.forms[kind].own {
                body(ProtectedQuantity(form: form, group: group, measure: rule.measure, value: count, threshold: rule.threshold, groupSize: size, position: position))
            }
            if found.complement, let form = listing.forms[kind].complement {
                body(ProtectedQuantity(
                    form: form, group: group, measure: rule.measure, value: answered - count, threshold: rule.threshold, groupSize: size, position: position))
            }
        }
    }

    /// Where the slices of a listing write their quantities, each into its own part: slices
    /// never share a place, so the buffer is handed to every core unguarded.
    private struct SliceTarget: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<ProtectedQuantity>

        func put(_ quantity: ProtectedQuantity, at index: Int) {
            (buffer.baseAddress! + index).initialize(to: quantity)
        }
    }

    /// The published size of `group`: `size`, its figure in this release, if shown; else as an
    /// earlier release of the same data showed it, if one did.
    private func groupSize(_ group: GroupKey, shownAs size: Figure?) -> Int? {
        if let size, size.isShown { return size.count }
        return earlier.shown.isEmpty ? nil : earlier.shown[Functional(system: .respondents, group: group, categories: [0])]
    }

    /// The audit of the protected quantities of `systems` (every system when nil); `insiders: false`
    /// skips the insider re-run, a cheaper first pass for a loop that re-runs it at the end.
    ///
    /// `settled` holds findings of an earlier audit of the same quarter, in the same mode, made
    /// while no more was hidden than now. A quantity found safe there whose interval still meets its
    /// requirement keeps its finding without being audited again: hiding a figure only weakens the
    /// attacker (an equality `F = v` becomes at most `F ≥ 1`), so every table that witnessed the
    /// interval, insiders' included, is still consistent with what is published. The requirement is
    /// checked afresh because it can rise (a group size hidden since no longer caps it).
    ///
    /// With `sampledEvery` above one, only every so many quantities of each system are audited, and
    /// of those only the ones `isProbed` keeps: a probe of large tables, never a verdict on a release.
    ///
    /// A quantity of a table withheld whole (`withheld`) that exchanges prove safe in a system too
    /// large for the exact LP has no finding (see `withheldUnproven`).
    func findings(
        in systems: Set<AuditSystemID>? = nil, insiders: Bool = true, settled: consuming [AuditSystemID: [Finding]] = [:],
        sampledEvery stride: Int = 1, probing isProbed: (ProtectedQuantity) -> Bool = { _ in true }
    ) -> [AuditSystemID: [Finding]] {
        // Only the quantities audited are gathered, and by index: a national quarter protects a
        // million, a probe audits a few thousand of them, and copies of all of them took 350 MB.
        let all = protected
        let numbered = knownSystemNumbers ?? Self.systemNumbers(of: all)
        let included = numbered.systems.map { systems?.contains($0) ?? true }
        var gathered = [[Int]](repeating: [], count: numbered.systems.count)
        var seen = [Int](repeating: 0, count: numbered.systems.count)
        // A probe's sample is of tables that can still be hidden whole, never of one withheld; but
        // their quantities were listed among the others, and a probe's sample is every so many of
        // each system's, so they are counted where their figures were.
        let insertions = withheld.groups.map(tabulation.insertionPosition(of:))
        let numberOf = Dictionary(uniqueKeysWithValues: numbered.systems.enumerated().map { ($1, $0) })
        let withheldNumbers = stride > 1 ? withheld.kindNumbers { numberOf[$0] } : []
        var nextWithheld = stride > 1 ? 0 : insertions.count
        for (index, number) in numbered.numbers.lazy.map(Int.init).enumerated() {
            // An earlier release's quantity (no position) follows every one of this release.
            let position = nextWithheld < insertions.count ? all[index].position ?? .max : 0
            while nextWithheld < insertions.count, insertions[nextWithheld] <= position {
                withheld.tally(ofGroupAt: nextWithheld, by: withheldNumbers, into: &seen)
                nextWithheld += 1
            }
            guard included[number] else { continue }
            if seen[number] % stride == 0 && isProbed(all[index]) { gathered[number].append(index) }
            seen[number] += 1
        }
        var bySystem = Dictionary(uniqueKeysWithValues: numbered.systems.indices.filter { included[$0] }.map { (numbered.systems[$0], gathered[$0]) })
        if stride == 1 {
            for system in withheld.systems where bySystem[system] == nil && systems?.contains(system) ?? true { bySystem[system] = [] }
        }
        let audited = bySystem.keys.sorted()
        let indicesBySystem = bySystem
        // A probe's sample is never of a table withheld.
        let withheldBySystem = stride > 1 ? [:] : withheld.figuresBySystem
        let withheldAtoms = stride > 1 ? [] : withheld.groups.map(model.atoms(of:))
        // Each system's settled findings are let go once its audit is done, not all at the end.
        let earlierFindings = Mutex(consume settled)
        // Systems share nothing but what this auditor holds, so they are audited side by side.
        let found = audited.concurrentMap { system in
            let kept = earlierFindings.withLock { $0.removeValue(forKey: system) } ?? []
            return audit(
                system, protected: all, at: indicesBySystem[system] ?? [], insiders: insiders, settled: kept,
                withheld: (withheldBySystem[system] ?? [], insertions, withheldAtoms))
        }
        return Dictionary(uniqueKeysWithValues: zip(audited, found))
    }

    /// The systems of `quantities` in order of first appearance, and each quantity's system by its
    /// number there. Read through the quantities' shared forms, a pointer each: hashing a system
    /// per quantity, a million a national quarter, took a tenth of a second per pass. A form's
    /// number is first looked for in a small table indexed by the form's address (a module's
    /// questions have a few hundred forms): hashing the address took two thirds of the pass.
    static func systemNumbers(of quantities: [ProtectedQuantity]) -> (systems: [AuditSystemID], numbers: [Int32]) {
        var systems: [AuditSystemID] = []
        var numberOfSystem: [AuditSystemID: Int32] = [:]
        var numberOfForm: [ObjectIdentifier: Int32] = [:]
        let slots = 4096
        var recent = [(form: ObjectIdentifier?, number: Int32)](repeating: (nil, 0), count: slots)
        let numbers = quantities.map { quantity in
            let form = ObjectIdentifier(quantity.form)
            // Objects are at least 16-byte aligned: the address's low bits say nothing.
            let slot = Int(truncatingIfNeeded: UInt(bitPattern: form) >> 4) & (slots - 1)
            if recent[slot].form == form { return recent[slot].number }
            if let number = numberOfForm[form] {
                recent[slot] = (form, number)
                return number
            }
            let system = quantity.system
            let number = numberOfSystem[system] ?? Int32(systems.count)
            if number == systems.count {
                systems.append(system)
                numberOfSystem[system] = number
            }
            numberOfForm[form] = number
            recent[slot] = (form, number)
            return number
        }
        return (systems, numbers)
    }

    /// The linear forms the attacker knows in a system: shown figures now and in earlier releases.
    func published(in system: AuditSystemID) -> [Functional] {
        var functionals: [Functional] = []
        // Told from the stored cell before an entry is built: once a national quarter's site
        // tables are withheld, nearly all of a system's figures are hidden.
        for position in tabulation.positions(relatedTo: system) where tabulation.isShown(at: position) {
            let measure = tabulation.measure(at: position)
            guard measure != .percent, measure != .mean else { continue }
            functionals += tabulation.entry(at: position).functionals.filter { $0.system == system || $0.system == .respondents }
        }
        functionals += earlier.shown.keys.filter { $0.system == system || $0.system == .respondents }.sorted { "\($0)" < "\($1)" }
        // Kept through the audit, beside the sums made of them: a larger network's site-by-role
        // figures, shown, are a few hundred thousand functionals, with as much room again to spare.
        return functionals.fitted()
    }

    /// The findings of `system`'s quantities: kept from `settled` where still safe (see `findings`),
    /// proven by exchanges where they can be in a system too large for the exact LP
    /// (`ExchangeCertifier`: it proves a national quarter's quantities without building the
    /// system's model), the others audited in full. A small system keeps the exact LP, whose
    /// intervals the disclosure audit reports.
    ///
    /// The full audit runs on the quarter's model merged over just the groups it needs (published,
    /// known not to be empty, or holding a quantity to audit) when those are at most half the
    /// model's: once a national quarter's site tables are withheld whole, the roles' quantities
    /// are audited over the roles' cells instead of every site's.
    ///
    /// The listed quantities are `all[indices[i]]`; those of the withheld groups' protecting
    /// figures in the system (`WithheldGroups.figuresBySystem`, none for a probe) are made here,
    /// where their group's least rises do not prove them (`withheldUnproven`), and audited in the
    /// place their figures had (`insertions`, one per withheld group, with its merged `atoms`).
    private func audit(
        _ system: AuditSystemID, protected all: [ProtectedQuantity], at indices: [Int], insiders: Bool, settled: [Finding],
        withheld withheldHere: (figures: [Int32], insertions: [Int], atoms: [[Int]])
    ) -> [Finding] {
        let safe = Dictionary(settled.filter(\.isSafe).map { ($0.quantity.functional, $0) }) { first, _ in first }
        func kept(_ quantity: ProtectedQuantity) -> Finding? {
            guard var finding = safe[quantity.functional], let interval = finding.interval, quantity.isSafe(interval) else { return nil }
            finding.quantity = quantity
            return finding
        }
        var quantities = AuditedQuantities(all: all, indices: indices)
        func keptOrOpen(_ quantities: AuditedQuantities) -> (findings: [Finding?], open: [Int]) {
            // A first audit keeps nothing: no quantity's form is built and hashed to find that out.
            let findings = safe.isEmpty ? Array(repeating: nil, count: quantities.count) : quantities.map(kept)
            return (findings, findings.indices.filter { findings[$0] == nil })
        }
        var findings: [Finding?] = []
        var open: [Int] = []
        // The withheld groups' quantities are made once the system's exchanges are known.
        if withheldHere.figures.isEmpty {
            (findings, open) = keptOrOpen(quantities)
            guard !open.isEmpty else { return (consume findings).presentElements() }
        }
        let values = model.values(of: system)
        let functionals = published(in: system)
        let published = Self.sums(functionals, in: model, system: system)
        let exchanges = values.count > exactLimit ? ExchangeCertifier(values: values, published: published) : nil
        if !withheldHere.figures.isEmpty {
            quantities.merge(withheldUnproven(withheldHere, in: system, by: exchanges))
            (findings, open) = keptOrOpen(quantities)
        }
        if let exchanges {
            let variables = model.variables(of: open.lazy.map { quantities[$0].functional }, in: system)
            for (index, variables) in zip(open, variables) {
                let quantity = quantities[index]
                guard let interval = exchanges.interval(of: variables, value: quantity.value), quantity.isSafe(interval) else { continue }
                findings[index] = Finding(quantity: quantity, interval: interval, isSafe: true, isCertified: true)
            }
            open = open.filter { findings[$0] == nil }
        }
        if !open.isEmpty {
            let quantities = open.map { quantities[$0] }
            let nonZero = knownNonZero(in: system)
            let needed = Set(functionals.map(\.group) + nonZero.map(\.group) + quantities.map(\.group))
            let fresh: [Finding]
            if needed.count * 2 <= model.groupCount {
                let merged = QuarterModel(counts: model.counts, groups: Array(needed))
                fresh = audit(
                    system, protected: quantities, insiders: insiders, model: merged, published: Self.sums(functionals, in: merged, system: system),
                    nonZero: nonZero)
            } else {
                fresh = audit(system, protected: quantities, insiders: insiders, model: model, published: published, nonZero: nonZero)
            }
            for (index, finding) in zip(open, fresh) { findings[index] = finding }
        }
        return (consume findings).presentElements()
    }

    /// The quantities of one system an audit reads, in list order: the listed ones in place in the
    /// auditor's list (a national quarter's final audit copied a million of them, a retain of each
    /// reference in each, only to read them), and the withheld groups' made for it.
    private struct AuditedQuantities: RandomAccessCollection {
        let all: [ProtectedQuantity]
        /// At or above zero, an index into `all`; below, the complement of one into `made`.
        private var order: [Int]
        private var made: [ProtectedQuantity] = []

        init(all: [ProtectedQuantity], indices: [Int]) {
            self.all = all
            order = indices
        }

        var startIndex: Int { 0 }
        var endIndex: Int { order.count }
        subscript(index: Int) -> ProtectedQuantity { order[index] >= 0 ? all[order[index]] : made[~order[index]] }

        /// Puts `withheld` among the listed quantities: each before the figure now at the position
        /// where its own was (`Tabulation.insertionPosition`), after those before it.
        mutating func merge(_ withheld: [(insertion: Int, quantity: ProtectedQuantity)]) {
            var merged: [Int] = []
            merged.reserveCapacity(order.count + withheld.count)
            var next = 0
            for index in order {
                // An earlier release's quantity (no position) follows every one of this release.
                let position = all[index].position ?? .max
                while next < withheld.count, withheld[next].insertion <= position {
                    merged.append(~next)
                    next += 1
                }
                merged.append(index)
            }
            merged += (next..<withheld.count).map { ~$0 }
            order = merged
            made = withheld.map(\.quantity)
        }
    }

    /// The quantities in `system` of the withheld groups' protecting `figures` (runs by group)
    /// that `exchanges` does not prove safe by their group's least rises
    /// (`ExchangeCertifier.GroupRises`, over the group's merged `atoms`), each with its group's
    /// insertion position; every one when the system is small enough for the exact LP (no
    /// `exchanges`). Nothing is hidden for a safe quantity, and no rule weighs a table hidden
    /// whole, so the others get no finding: a national quarter's final audit built the unknowns
    /// and a finding of each of a million of them, to find every one safe.
    private func withheldUnproven(
        _ withheldHere: (figures: [Int32], insertions: [Int], atoms: [[Int]]), in system: AuditSystemID,
        by exchanges: ExchangeCertifier?
    ) -> [(insertion: Int, quantity: ProtectedQuantity)] {
        let numbers = withheld.kindNumbers { $0 == system ? 0 : nil }
        var rises = exchanges.map { ExchangeCertifier.GroupRises($0, width: model.layout(of: system).categoryCount) }
        // A quantity below its threshold needs a rise of at most the threshold: a group whose
        // least rise in every category is that high has its quantities passed over unmade.
        let highestThreshold = tabulation.byKind { ProtectedQuantity.Rule($0).threshold }.max() ?? 0
        var unproven: [(insertion: Int, quantity: ProtectedQuantity)] = []
        withheld.forEachGroup(of: withheldHere.figures) { group, figures in
            let least = rises?.of(atoms: withheldHere.atoms[group])
            if let least, (least.min() ?? 0) >= max(1, highestThreshold) { return }
            let size = groupSize(withheld.groups[group], shownAs: nil)
            for figure in figures {
                withheld.forEachQuantity(atFigure: Int(figure), ofGroupAt: group, numbered: numbers, groupSize: size) { quantity in
                    if let least {
                        let rise = quantity.form.categories.reduce(0) { max($0, least[$1]) }
                        if quantity.isSafe(AttackerInterval(lower: quantity.value, upper: quantity.value + rise)) { return }
                    }
                    unproven.append((withheldHere.insertions[group], quantity))
                }
            }
        }
        return unproven
    }

    /// The distinct sets of unknowns `functionals` sum in `system` of `model`, in order of first
    /// appearance. Two forms can sum the same unknowns (a group's size and the answered count of a
    /// question nobody in it skipped). Sets are compared whole only when their sizes and ends
    /// agree: hashing every set whole, the organisation's over every atom of a national quarter,
    /// took a seventh of an audit. The sets are kept in 32 bits, as the attacker's system keeps
    /// them (`LinearTerms`), and made one at a time: a national quarter's final audit held every
    /// functional's in 64 bits, 6.5 MB for two systems, at its peak.
    ///
    /// Functionals the others imply are left out (`unimplied`): the attacker knows no more with
    /// them, and no less without them. A national question system's groups mostly show every
    /// option's count, and their answered, scored and favourable sums were four in ten of its
    /// equalities' terms, held three times over through its audit (the equalities, which
    /// equalities each unknown is in, and their reduced copies).
    private static func sums(_ functionals: [Functional], in model: QuarterModel, system: AuditSystemID) -> [[Int32]] {
        var distinct: [[Int32]] = []
        distinct.reserveCapacity(functionals.count)
        // The sets alike in size and ends, chained: the latest by signature, and from each set the
        // one before it (-1 for none). A list per signature was as many arrays again as the sets,
        // most of them of one unknown where a larger network shows its sites by role.
        var latestAlike: [SIMD3<Int>: Int32] = [:]
        var previousAlike: [Int32] = []
        previousAlike.reserveCapacity(functionals.count)
        model.forEachVariables(of: unimplied(functionals, in: system), in: system) { variables in
            guard let first = variables.first, let last = variables.last else { return }
            let signature = SIMD3(variables.count, first, last)
            let latest = latestAlike[signature] ?? -1
            var alike = latest
            while alike >= 0 {
                if distinct[Int(alike)].elementsEqual(variables.lazy.map(Int32.init)) { return }
                alike = previousAlike[Int(alike)]
            }
            previousAlike.append(latest)
            latestAlike[signature] = Int32(distinct.count)
            distinct.append(variables.map(Int32.init))
        }
        return distinct
    }

    /// `functionals` but those the others imply in `system` (see `sums`): one summing categories of
    /// its group's system that are each a functional of its group alone, as a group's answered
    /// count is where every option's count is shown. Only sums within a group are left out: a
    /// group's sums implied by its parts' (the organisation's by the roles') left the flow
    /// network without its widest sets, and its searches took half again as long.
    /// Read lazily, never copied: a larger network's shown site-by-role figures, listed again,
    /// were 6 MB of its audit's peak.
    static func unimplied(_ functionals: [Functional], in system: AuditSystemID) -> LazyFilterSequence<[Functional]> {
        var alone: [GroupKey: Set<Int>] = [:]
        for functional in functionals where functional.system == system && functional.categories.count == 1 {
            alone[functional.group, default: []].insert(functional.categories[0])
        }
        return functionals.lazy.filter { [alone] functional in
            guard functional.system == system, functional.categories.count > 1, let single = alone[functional.group] else { return true }
            return !functional.categories.allSatisfy(single.contains)
        }
    }

    /// The full audit of `protected` in `system` of `model`, where the attacker knows the
    /// `published` sums (distinct sets of the model's unknowns) and that those of `nonZero` are not zero.
    private func audit(
        _ system: AuditSystemID, protected: [ProtectedQuantity], insiders: Bool, model: QuarterModel, published: consuming [[Int32]], nonZero: [Functional]
    ) -> [Finding] {
        let values = model.values(of: system)
        var attacker = AttackerSystem(variableCount: values.count)
        func value(_ variables: [some BinaryInteger]) -> Int { variables.reduce(0) { $0 + values[Int($1)] } }
        // Let go once the attacker holds them: kept through the certifiers' building, a national
        // question system's sets were 6 MB more.
        for variables in consume published {
            attacker.addEquality(summing: variables, equals: value(variables))
        }
        for functional in nonZero {
            let variables = model.variables(of: functional, in: system)
            if value(variables) >= 1 {
                attacker.addLowerBound(variables.map { ($0, 1) }, atLeast: 1)
            }
        }
        let variables = model.variables(of: protected.lazy.map(\.functional), in: system)
        // The decomposition and both certifiers read which equalities each unknown is in: found once.
        let equalitiesOf = ConstraintIncidence(attacker.equalities, variableCount: attacker.variableCount)
        guard let base = try? DecomposedAttackerModel(attacker, exactLimit: exactLimit, asked: Set(variables.joined()), equalitiesOf: equalitiesOf) else {
            return protected.map { Finding(quantity: $0, interval: nil, isSafe: false) }
        }
        // Moves are quick and sound; what they cannot show, flow decides exactly where the part is
        // a network. Every quantity goes to the moves first and the move search is let go before
        // the network is built: a national quarter's probe held both, built side by side on two
        // cores, at its peak, for a network built in a few hundredths of a second.
        var shortOfMoves: [Int] = []
        var findings = {
            var certifier: MoveCertifier?
            return zip(protected, variables).enumerated().map { index, pair in
                let (quantity, variables) = pair
                guard base.isExact(for: variables) else {
                    let moves = certifier ?? MoveCertifier(
                        system: attacker, values: values, coordinates: model.coordinates(of: system), isUnknown: { !base.isKnown($0) },
                        equalitiesOf: equalitiesOf)
                    certifier = moves
                    let byMoves = certify(quantity) { moves.interval(of: variables, value: quantity.value, raise: $0, lower: $1) } holdsForEveryInsider: {
                        moves.holdsForEveryInsider(variables)
                    }
                    if !byMoves.isSafe { shortOfMoves.append(index) }
                    return byMoves
                }
                guard let interval = try? base.interval(of: variables.map { ($0, 1) }) else {
                    return Finding(quantity: quantity, interval: nil, isSafe: false)
                }
                return Finding(quantity: quantity, interval: interval, isSafe: quantity.isSafe(interval))
            }
        }()
        if !shortOfMoves.isEmpty {
            let flow = FlowCertifier(system: attacker, values: values, objectives: variables, equalitiesOf: equalitiesOf)
            for index in shortOfMoves {
                guard let arc = flow.arc(for: variables[index]) else { continue }
                findings[index] = certify(protected[index]) { flow.interval(of: arc, raise: $0, lower: $1) } holdsForEveryInsider: {
                    flow.holdsForEveryInsider(arc)
                }
            }
        }
        if insiders {
            checkInsiders(&findings, variables: variables, base: base, values: values)
        }
        return findings
    }

    /// The finding for a quantity in a part too large for the exact LP, by moves or by flow (see
    /// `audit`): each is asked for just what the requirement needs (up to the needed bound, or one
    /// either way when the bound is already met), and for the insider re-run when the interval
    /// found is narrow.
    private func certify(
        _ quantity: ProtectedQuantity, interval: (_ raise: Int, _ lower: Int) -> AttackerInterval, holdsForEveryInsider: () -> Bool
    ) -> Finding {
        let rise = quantity.neededUpper - quantity.value
        let interval = interval(max(rise, 1), rise > 0 ? 0 : 1)
        var isSafe = quantity.isSafe(interval)
        if isSafe && interval.upper - interval.lower <= Self.insiderWidth {
            isSafe = holdsForEveryInsider()
        }
        return Finding(quantity: quantity, interval: interval, isSafe: isSafe, isCertified: true)
    }

    /// Marks unsafe every narrowly protected quantity that one respondent, knowing their own answer,
    /// would learn exactly. Each respondent's knowledge re-prepares only the part of the system it
    /// touches, once for all the quantities in that part.
    private func checkInsiders(_ findings: inout [Finding], variables: [[Int]], base: DecomposedAttackerModel, values: [Int]) {
        let narrow = findings.indices.filter { index in
            // Certified quantities already hold for every insider (see `MoveCertifier`).
            guard findings[index].isSafe, let interval = findings[index].interval, base.isExact(for: variables[index]) else { return false }
            return interval.upper - interval.lower <= Self.insiderWidth
        }
        guard !narrow.isEmpty else { return }
        let partsOf = narrow.map { base.parts(of: variables[$0]) }
        for insider in values.indices where values[insider] >= 1 && !base.isKnown(insider) {
            let part = base.parts(of: [insider])
            let affected = zip(narrow, partsOf).filter { index, parts in
                // A respondent alone in the protected cell learns nothing they did not know.
                findings[index].isSafe && !parts.isDisjoint(with: part)
                    && !(findings[index].quantity.value == 1 && variables[index].contains(insider))
            }.map(\.0)
            guard !affected.isEmpty else { continue }
            guard let knowing = try? base.assuming(insider, atLeast: 1) else {
                for index in affected { findings[index].isSafe = false }
                continue
            }
            for index in affected {
                let interval = try? knowing.interval(of: variables[index].map { ($0, 1) })
                if let interval, interval.upper - interval.lower >= 1 { continue }
                findings[index].isSafe = false
            }
        }
    }

    /// Hidden figures the attacker knows are not zero: hidden groups (empty groups are never
    /// listed; the groups of a table withheld whole, gone from the tabulation, are not listed at
    /// all) and hidden counts of non-sensitive questions in shown groups (there their zeros are
    /// always shown; a hidden group hides its zeros too), in this release and earlier ones.
    private func knownNonZero(in system: AuditSystemID) -> [Functional] {
        // Told from the stored cell before an entry is built: a system holds many hidden figures.
        let current = tabulation.positions(relatedTo: system).compactMap { position -> Functional? in
            guard !tabulation.isShown(at: position), let form = tabulation.form(at: position) else { return nil }
            switch tabulation.measure(at: position) {
            case .respondents:
                return form.functional(in: tabulation.group(at: position))
            case .count where form.system == system && !tabulation.isSensitive(at: position):
                return tabulation.isShown(at: tabulation.sizePosition(of: position)) ? form.functional(in: tabulation.group(at: position)) : nil
            default:
                return nil
            }
        }
        return current + earlier.nonZero.filter { $0.system == system || $0.system == .respondents }
    }
}
