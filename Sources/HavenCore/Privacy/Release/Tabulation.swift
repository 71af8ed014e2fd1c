import Dispatch
import HavenSurvey
import Synchronization

/// What a figure sums, in the linear model of one quarter: a group's atoms and some categories
/// of one system (the respondents, or one question, or one option of a multi-choice question).
struct Functional: Sendable, Hashable {
    var system: AuditSystemID
    var group: GroupKey
    var categories: [Int]
}

/// The independent linear systems of a quarter: published numbers of different questions share
/// no unknowns beyond the group sizes, which every question system repeats.
enum AuditSystemID: Sendable, Hashable, Comparable {
    case respondents
    case question(String)
    case multiOption(String, Int)
}

/// How the categories of a question's system are laid out.
struct SystemLayout {
    /// Categories in the system; the last is always "not answered".
    let categoryCount: Int
    /// The categories counted as answered.
    var answered: [Int] { Array(0..<(categoryCount - 1)) }
    /// Every category.
    var all: [Int] { Array(0..<categoryCount) }

    /// Single-choice and scale questions: one category per option.
    static func choice(_ question: Question) -> SystemLayout { SystemLayout(categoryCount: question.options.count + 1) }
    /// One option of a multi-choice question: chosen, answered but not chosen, not answered.
    static let multiOption = SystemLayout(categoryCount: 3)
    /// The fewest categories a question's system has: two options and "not answered".
    static let smallestChoice = SystemLayout(categoryCount: 3)
    static let respondents = SystemLayout(categoryCount: 1)
}

/// Every figure a release could show for one quarter, with its exact value and what it sums,
/// before any suppression.
struct Tabulation {
    struct Entry {
        var figure: Figure
        /// The linear forms the figure reveals (a favourable percentage reveals two).
        var functionals: [Functional]
        /// The threshold of the figure's question (or group).
        var threshold: Int
        /// For counts: the question's answered count, for the near-everyone rule.
        var answered: Int
        var isSensitive: Bool
        /// Whether the zero and "nearly everyone" protections of sensitive items apply: not to
        /// "prefer not to answer" or answers outside the scale, which disclose nothing about anyone.
        var isSubstantive = true
        /// The threshold a hidden figure is protected at, when not its question's: an answered count
        /// tells how many took part, not what they said, so it gets the group threshold.
        var protectionThreshold: Int? = nil
        /// For counts: the group's answered categories in the same system, whose remainder is the
        /// count's complement.
        var answeredFunctional: Functional? = nil
    }

    /// The quarter tabulated.
    let period: Period
    /// Every figure, in canonical order: by group, then by key within it. The primary and secondary
    /// rules change figures, never which figures exist, so a figure's position names it for the
    /// whole run: the suppression passes walk millions of figures a national quarter, and reaching
    /// one by position costs an index where reaching it by key hashes its group and searches it.
    private(set) var entries: [Entry] = []
    /// `keys[position]` is the key of `entries[position]`.
    private(set) var keys: [FigureKey] = []
    /// The positions of the figures with a linear form in each system.
    private var positionsBySystem: [AuditSystemID: [Int]] = [:]
    /// Each group's figures, a run of positions that starts with the group's size.
    private var groupRanges: [GroupKey: Range<Int>] = [:]
    /// Per position, where its group's size is.
    private var sizePositions: [Int] = []
    /// Groups with respondents, per table.
    var groups: [BreakdownTable: [GroupKey]] = [:]

    init(period: Period, counts: QuarterCounts, tables: [BreakdownTable], catalogue: ReportCatalogue) {
        self.period = period
        let module = catalogue.module
        let order = counts.sortedAtoms
        var found: [(group: GroupKey, atoms: [Int], questions: [Question])] = []
        var seen: Set<GroupKey> = []
        for table in tables {
            let candidates = Self.groups(of: table, counts: counts, module: module)
            let atomsOf = counts.atoms(in: candidates, order: order)
            groups[table] = candidates.filter { !(atomsOf[$0] ?? []).isEmpty }
            // A group is in one table: its conditions name the table's dimensions.
            for group in groups[table] ?? [] where seen.insert(group).inserted {
                found.append((group, atomsOf[group] ?? [], catalogue.questions(in: table)))
            }
        }
        let jobs = found.sorted { $0.group < $1.group }
        // Groups are tabulated on every core (a national quarter has ten thousand of them and
        // millions of figures). Sorting each group's few hundred keys apart costs far less than
        // sorting millions at once; a figure's key sorts its group first, so the order is the same.
        let built = Mutex([[(key: FigureKey, entry: Entry)]](repeating: [], count: jobs.count))
        let thresholds = module.thresholds
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let figures = Self.figures(period: period, group: job.group, atoms: job.atoms, counts: counts, questions: job.questions, thresholds: thresholds)
                .sorted { $0.key.precedes(inGroup: $1.key) }
            built.withLock { $0[index] = figures }
        }
        // Taken out, not copied: the lock would otherwise keep every group's figures alive below.
        var byGroup = built.withLock { figures in
            defer { figures = [] }
            return figures
        }
        let total = byGroup.reduce(0) { $0 + $1.count }
        entries.reserveCapacity(total)
        keys.reserveCapacity(total)
        sizePositions.reserveCapacity(total)
        for index in jobs.indices {
            let start = entries.count
            // Each group's figures are let go once copied, so the quarter is not held twice.
            for (key, entry) in byGroup[index] {
                keys.append(key)
                entries.append(entry)
                sizePositions.append(start)
            }
            byGroup[index] = []
            groupRanges[jobs[index].group] = start..<entries.count
        }
        for position in entries.indices {
            let systems = entries[position].functionals.map(\.system)
            for (index, system) in systems.enumerated() where !systems[..<index].contains(system) {
                positionsBySystem[system, default: []].append(position)
            }
        }
    }

    /// The figure of `key`, if tabulated.
    subscript(key: FigureKey) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    /// Where the figure of `key` is, if tabulated: a binary search of its group's run, sorted by
    /// key, where an index of every key would hold millions of entries for the few passes that
    /// start from a key.
    func position(of key: FigureKey) -> Int? {
        guard key.period == period, let range = groupRanges[key.group] else { return nil }
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if keys[middle].precedes(inGroup: key) { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && keys[low] == key ? low : nil
    }

    /// Where the size of the group of the figure at `position` is.
    func sizePosition(of position: Int) -> Int {
        sizePositions[position]
    }

    /// Hides the figure at `position` for `reason` (shows it, for nil).
    mutating func setSuppression(_ reason: Figure.Suppression?, at position: Int) {
        entries[position].figure.suppression = reason
    }

    /// Hides the figure of `key` for `reason`, if tabulated.
    mutating func setSuppression(_ reason: Figure.Suppression?, of key: FigureKey) {
        if let position = position(of: key) { entries[position].figure.suppression = reason }
    }

    /// The positions of figures with a linear form in `system`, group sizes first (every question
    /// system repeats them), each part in canonical order.
    func positions(relatedTo system: AuditSystemID) -> [Int] {
        let sizes = positionsBySystem[.respondents] ?? []
        return system == .respondents ? sizes : sizes + (positionsBySystem[system] ?? [])
    }

    /// The positions of every figure of `group`, in canonical order, its size first.
    func positions(of group: GroupKey) -> Range<Int> {
        groupRanges[group] ?? 0..<0
    }

    /// The groups of a table: every combination of the breakdown's values, within the filter.
    static func groups(of table: BreakdownTable, counts: QuarterCounts, module: SurveyModule) -> [GroupKey] {
        var groups = [GroupKey(table.filter)]
        for dimension in table.dimensions {
            let known = module.question(forDimension: dimension).map { $0.options.map(\.code) } ?? []
            let values = known.isEmpty ? counts.observedValues(of: dimension) : known
            groups = groups.flatMap { group in
                values.map { GroupKey(group.conditions + [GroupCondition(dimension: dimension, value: $0)]) }
            }
        }
        return groups
    }

    /// The figures of `group`.
    private static func figures(
        period: Period, group: GroupKey, atoms: [Int], counts: QuarterCounts, questions: [Question], thresholds: Thresholds
    ) -> [(key: FigureKey, entry: Entry)] {
        var figures: [(key: FigureKey, entry: Entry)] = []
        func put(_ key: FigureKey, _ entry: Entry) {
            figures.append((key, entry))
        }
        let respondents = atoms.reduce(0) { $0 + counts.respondents[$1] }
        let groupKey = FigureKey(period: period, group: group, measure: .respondents)
        let groupFunctionals = [Functional(system: .respondents, group: group, categories: [0])]
        figures.reserveCapacity(questions.reduce(1) { $0 + 2 * $1.options.count + 4 })
        put(groupKey, Entry(
            figure: Figure(count: respondents, value: Double(respondents)), functionals: groupFunctionals,
            threshold: thresholds.group, answered: respondents, isSensitive: false))
        for question in questions {
            guard let layout = counts.layout.entry(question.id) else { continue }
            let threshold = max(question.threshold ?? 0, question.isSensitive ? thresholds.sensitive : thresholds.group)
            func sum(_ slot: Int) -> Int { atoms.reduce(0) { $0 + counts.count(atom: $1, slot: slot) } }
            func key(_ measure: Measure, _ option: String? = nil) -> FigureKey {
                FigureKey(period: period, group: group, question: question.id, measure: measure, option: option)
            }
            func entry(_ count: Int, _ value: Double, _ functionals: [Functional], answered: Int) -> Entry {
                Entry(figure: Figure(count: count, value: value), functionals: functionals, threshold: threshold, answered: answered, isSensitive: question.isSensitive)
            }
            if question.type == .multi {
                let answered = sum(layout.answeredSlot)
                var answeredEntry = entry(answered, Double(answered), question.options.indices.map {
                    Functional(system: .multiOption(question.id, $0), group: group, categories: [0, 1])
                }, answered: answered)
                answeredEntry.protectionThreshold = thresholds.group
                put(key(.answered), answeredEntry)
                for (index, option) in question.options.enumerated() {
                    let chosen = sum(layout.offset + index)
                    let system = AuditSystemID.multiOption(question.id, index)
                    // A count and its percentage share one array of forms: one heap object fewer per
                    // option and group, millions in a national quarter.
                    let functionals = [Functional(system: system, group: group, categories: [0])]
                    let substantive = option.code != AnswerOption.preferNotCode
                    var count = entry(chosen, Double(chosen), functionals, answered: answered)
                    count.answeredFunctional = Functional(system: system, group: group, categories: [0, 1])
                    count.isSubstantive = substantive
                    put(key(.count, option.code), count)
                    var percent = entry(chosen, Self.percent(chosen, of: answered), functionals, answered: answered)
                    percent.isSubstantive = substantive
                    put(key(.percent, option.code), percent)
                }
                continue
            }
            let system = AuditSystemID.question(question.id)
            let optionCounts = question.options.indices.map { sum(layout.offset + $0) }
            let answered = optionCounts.reduce(0, +)
            let answeredFunctional = Functional(system: system, group: group, categories: Array(question.options.indices))
            var answeredEntry = entry(answered, Double(answered), [answeredFunctional], answered: answered)
            answeredEntry.protectionThreshold = thresholds.group
            put(key(.answered), answeredEntry)
            for (index, option) in question.options.enumerated() {
                let functionals = [Functional(system: system, group: group, categories: [index])]
                let substantive = !option.isOutsideScale && option.code != AnswerOption.preferNotCode
                var count = entry(optionCounts[index], Double(optionCounts[index]), functionals, answered: answered)
                count.answeredFunctional = answeredFunctional
                count.isSubstantive = substantive
                put(key(.count, option.code), count)
                var percent = entry(optionCounts[index], Self.percent(optionCounts[index], of: answered), functionals, answered: answered)
                percent.isSubstantive = substantive
                put(key(.percent, option.code), percent)
            }
            let scored = question.options.indices.filter { !question.options[$0].isOutsideScale && question.options[$0].code != AnswerOption.preferNotCode }
            let scoredCount = scored.reduce(0) { $0 + optionCounts[$1] }
            let favorable = scored.filter { question.favorable.contains(question.options[$0].code) }
            if !favorable.isEmpty {
                let favorableCount = favorable.reduce(0) { $0 + optionCounts[$1] }
                put(key(.favorablePercent), entry(
                    favorableCount, Self.percent(favorableCount, of: scoredCount),
                    [Functional(system: system, group: group, categories: favorable), Functional(system: system, group: group, categories: scored)],
                    answered: scoredCount))
            }
            if question.scale?.isOrdered == true, scoredCount > 0 {
                let total = scored.reduce(0) { $0 + optionCounts[$1] * (Int(question.options[$1].code) ?? 0) }
                put(key(.mean), entry(scoredCount, Double(total) / Double(scoredCount), [], answered: scoredCount))
            }
        }
        return figures
    }

    static func percent(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : Double(count) * 100 / Double(total)
    }
}
