import HavenSurvey

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
    /// One figure as the engine reads it: its numbers, its kind and its group.
    struct Entry {
        var figure: Figure
        /// For counts: the question's answered count, for the near-everyone rule (scored answers,
        /// for favourable percentages and means).
        var answered: Int
        let group: GroupKey
        /// The tabulation's kinds and this figure's: read in place, as the passes over every
        /// figure read one or two of its fields.
        private let templates: [FigureTemplate]
        private let kind: Int

        fileprivate init(figure: Figure, answered: Int, group: GroupKey, templates: [FigureTemplate], kind: Int) {
            self.figure = figure
            self.answered = answered
            self.group = group
            self.templates = templates
            self.kind = kind
        }

        var measure: Measure { templates[kind].measure }
        var threshold: Int { templates[kind].threshold }
        var isSensitive: Bool { templates[kind].isSensitive }
        var isSubstantive: Bool { templates[kind].isSubstantive }
        var protectionThreshold: Int? { templates[kind].protectionThreshold }
        /// The linear forms the figure reveals (a favourable percentage reveals two), without group.
        var forms: [FigureTemplate.Form] { templates[kind].forms }
        /// The linear forms the figure reveals.
        var functionals: [Functional] { templates[kind].forms.map { $0.functional(in: group) } }
        /// The first of `functionals`, if any.
        var functional: Functional? { templates[kind].forms.first?.functional(in: group) }
        /// What "nearly everyone" protects (see `FigureTemplate.complementForm`), without group.
        var complementForm: FigureTemplate.Form? { templates[kind].complementForm }
        /// What the figure's kind shares with its figures in every group.
        var template: FigureTemplate { templates[kind] }
    }

    /// A figure as stored: 12 bytes, where a figure with its key, forms and thresholds inline took
    /// 300 and a national quarter has five million. Its value is not kept: it follows from its
    /// numbers and measure (`value`). Nor is its group: runs are found from positions (`run(at:)`).
    private struct Cell {
        var count: Int32
        /// The answered count, or for a mean the scores' total (a mean's answered count is its count).
        var answered: Int32
        /// Index into `templates`: a module's questions have a few hundred kinds of figure.
        var kind: UInt16
        var suppression: Figure.Suppression?
    }

    /// Every figure's key, by position.
    struct Keys: RandomAccessCollection {
        fileprivate let tabulation: Tabulation
        var startIndex: Int { 0 }
        var endIndex: Int { tabulation.cells.count }
        subscript(position: Int) -> FigureKey { tabulation.key(at: position) }
    }

    /// Every figure, by position.
    struct Entries: RandomAccessCollection {
        fileprivate let tabulation: Tabulation
        var startIndex: Int { 0 }
        var endIndex: Int { tabulation.cells.count }
        subscript(position: Int) -> Entry { tabulation.entry(at: position) }
    }

    /// The quarter tabulated.
    let period: Period
    /// Every figure, in canonical order: by group, then by key within it. The primary and secondary
    /// rules change figures, never which figures exist, so a figure's position names it for the
    /// whole run: the suppression passes walk millions of figures a national quarter, and reaching
    /// one by position costs an index where reaching it by key hashes its group and searches it.
    private var cells: [Cell] = []
    private var templates: [FigureTemplate] = []
    /// The group of each run, and where the run starts (at the group's size).
    private var runGroups: [GroupKey] = []
    private var runStarts: [Int] = []
    /// The positions of the figures with a linear form in each system, in 32 bits as the cells
    /// are (a national quarter lists five million).
    private var positionsBySystem: [AuditSystemID: [Int32]] = [:]
    /// Whether `positionsBySystem` is listed: a batch `inBatches` weighs is read by group only.
    private var isIndexed = false
    /// The distinct systems of each kind's linear forms.
    private var systemsOfKind: [[AuditSystemID]] = []
    /// Each group's figures, a run of positions that starts with the group's size.
    private var groupRanges: [GroupKey: Range<Int>] = [:]
    /// Groups with respondents, per table.
    var groups: [BreakdownTable: [GroupKey]] = [:]

    /// `keys[position]` is the key of the figure at `position`.
    var keys: Keys { Keys(tabulation: self) }
    /// `entries[position]` is the figure at `position`, with what it sums.
    var entries: Entries { Entries(tabulation: self) }

    /// Every figure of `tables`' groups, but for the tables of `leavingOut`, whose groups are
    /// listed in `groups` without their figures (tables withheld whole before tabulating, see
    /// `UpFrontWithholding`). With `questions`, only the group sizes and those questions' figures:
    /// a probe's tabulation (`UpFrontWithholding`), for the primary rules and the audit decide
    /// each question's figures from its own and the group sizes alone. `listed` is the groups of
    /// `tables`, when the caller has them.
    init(
        period: Period, counts: QuarterCounts, tables: [BreakdownTable], catalogue: ReportCatalogue, leavingOut: Set<BreakdownTable> = [],
        questions: Set<String>? = nil, listed: QuarterGroups? = nil
    ) {
        let found = listed ?? QuarterGroups(of: tables, counts: counts, module: catalogue.module)
        self.init(
            period: period, counts: counts, tables: tables, catalogue: catalogue, groups: found.byTable,
            jobs: found.jobs.filter { !leavingOut.contains($0.table) }, questions: questions)
    }

    /// Weighs the figures of `table`'s groups (one of `tables`, whose groups are `listed`) through
    /// the primary rules, a few hundred groups at a time, each batch a tabulation of its own with
    /// the kinds of figure a tabulation of `tables` has: for weighing a table too large to hold
    /// whole for long. Batches are weighed on every core, a few at a time, and `merge` takes their
    /// weights in canonical order: one after another, a national quarter's site-by-role table kept
    /// one core idle for a tenth of a second.
    static func inBatches<Weight: Sendable>(
        of table: BreakdownTable, among tables: [BreakdownTable], listed: QuarterGroups, period: Period, counts: QuarterCounts,
        catalogue: ReportCatalogue, weigh: @Sendable (inout Tabulation) -> Weight, merge: (Weight) -> Void
    ) {
        let jobs = listed.jobs.filter { $0.table == table }
        let starts = Array(Swift.stride(from: 0, to: jobs.count, by: tabulationBatch))
        for round in Swift.stride(from: 0, to: starts.count, by: batchesAtOnce) {
            let weights = starts[round..<Swift.min(round + batchesAtOnce, starts.count)].concurrentMap { start in
                let batch = Array(jobs[start..<Swift.min(start + tabulationBatch, jobs.count)])
                // Listing each system's figures was an eighth of weighing a national quarter's tables.
                var tabulation = Tabulation(
                    period: period, counts: counts, tables: tables, catalogue: catalogue, groups: [table: batch.map(\.group)], jobs: batch,
                    indexingSystems: false)
                PrimaryRules.apply(to: &tabulation)
                return weigh(&tabulation)
            }
            weights.forEach(merge)
        }
    }

    /// Batches `inBatches` weighs at once: enough to keep every core busy, few enough that their
    /// weights (a withheld batch's protecting figures) are not all held before being merged.
    private static let batchesAtOnce = 8

    /// The figures of `jobs`, groups of `tables` in canonical order, with `groups` listed, and
    /// unless told not to, each system's figures (`positions(relatedTo:)`); of `questions` alone, if given.
    private init(
        period: Period, counts: QuarterCounts, tables: [BreakdownTable], catalogue: ReportCatalogue, groups: [BreakdownTable: [GroupKey]],
        jobs: [QuarterGroups.Job], indexingSystems: Bool = true, questions: Set<String>? = nil
    ) {
        self.period = period
        self.groups = groups
        let module = catalogue.module
        // Each table's kinds of figure in key order: the group's size, then question by question.
        templates = [FigureTemplate(question: nil, measure: .respondents, threshold: module.thresholds.group, isSensitive: false, forms: [
            FigureTemplate.Form(system: .respondents, categories: [0])
        ])]
        var questionKinds: [String: (first: Int, rules: [FigureNumbers.Rule])] = [:]
        var plans: [BreakdownTable: [QuestionPlan]] = [:]
        for table in tables where plans[table] == nil {
            let tabulated = catalogue.questions(in: table).filter { questions?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
            plans[table] = tabulated.compactMap { question in
                guard let entry = counts.layout.entry(question.id) else { return nil }
                if questionKinds[question.id] == nil {
                    let kinds = FigureTemplate.kinds(of: question, thresholds: module.thresholds)
                    questionKinds[question.id] = (templates.count, kinds.map(\.rule))
                    templates += kinds.map(\.template)
                }
                guard let kinds = questionKinds[question.id] else { return nil }
                return QuestionPlan(
                    offset: entry.offset, optionCount: question.options.count, answeredSlot: question.type == .multi ? entry.answeredSlot : nil,
                    firstKind: kinds.first, rules: kinds.rules)
            }
        }
        // Groups are tabulated on every core (a national quarter has ten thousand of them and
        // millions of figures), a batch at a time, results put back in canonical order: all at
        // once, every group's figures were held twice until put together (80 MB more in a national
        // quarter). The list is reserved for every figure a group can have (a mean is left out
        // only where nobody gave a score).
        let tablePlans = plans
        cells.reserveCapacity(jobs.reduce(0) { total, job in total + (tablePlans[job.table] ?? []).reduce(1) { $0 + $1.rules.count } })
        runGroups = jobs.map(\.group)
        runStarts.reserveCapacity(jobs.count)
        for batch in Swift.stride(from: 0, to: jobs.count, by: Self.tabulationBatch) {
            let batchJobs = batch..<Swift.min(batch + Self.tabulationBatch, jobs.count)
            let byGroup = batchJobs.concurrentMap { index in
                Self.cells(atoms: jobs[index].atoms, counts: counts, plan: tablePlans[jobs[index].table] ?? [])
            }
            for (index, groupCells) in zip(batchJobs, byGroup) {
                let start = cells.count
                runStarts.append(start)
                cells += groupCells
                groupRanges[jobs[index].group] = start..<cells.count
            }
        }
        systemsOfKind = templates.map { template in
            template.forms.map(\.system).reduce(into: [AuditSystemID]()) { systems, system in
                if !systems.contains(system) { systems.append(system) }
            }
        }
        if indexingSystems { indexSystems() }
    }

    /// Lists the positions of each system's figures (`positionsBySystem`) afresh.
    private mutating func indexSystems() {
        // Percentages restate their counts: every pass over a system's figures skips them, and they
        // are two in five of a national quarter's figures. Each list is reserved once counted.
        // Systems are numbered per kind first: hashing a system per figure took a tenth of a second
        // per pass over a national quarter's.
        var systemList: [AuditSystemID] = []
        var numbers: [AuditSystemID: Int] = [:]
        let numbersOfKind = zip(templates, systemsOfKind).map { template, systems -> [Int] in
            template.measure == .percent ? [] : systems.map { system -> Int in
                if let number = numbers[system] { return number }
                numbers[system] = systemList.count
                systemList.append(system)
                return systemList.count - 1
            }
        }
        // Read from one flat list, each kind's numbers a range of it: reading each kind's own list
        // retained and released it for every figure, twice, a third of the tabulation's time.
        var kindNumbers: [Int] = []
        var kindRanges: [Range<Int>] = []
        for numbers in numbersOfKind {
            kindRanges.append(kindNumbers.count..<(kindNumbers.count + numbers.count))
            kindNumbers += numbers
        }
        var sizes = [Int](repeating: 0, count: systemList.count)
        for cell in cells {
            for index in kindRanges[Int(cell.kind)] { sizes[kindNumbers[index]] += 1 }
        }
        var lists = sizes.map { size in
            var positions: [Int32] = []
            positions.reserveCapacity(size)
            return positions
        }
        for position in cells.indices {
            for index in kindRanges[Int(cells[position].kind)] { lists[kindNumbers[index]].append(Int32(position)) }
        }
        for (number, system) in systemList.enumerated() where !lists[number].isEmpty {
            positionsBySystem[system] = lists[number]
        }
        isIndexed = true
    }

    /// Drops every figure of `removed`, groups of tables withheld whole (see `WithheldGroups`):
    /// positions after them move down, so nothing may hold a position across the call. Their
    /// groups stay in `groups`. A national quarter's site-by-role table, withheld up front, held
    /// three in four of its five million figures, 60 MB kept through every audit only to be
    /// skipped.
    mutating func removeFigures(of removed: Set<GroupKey>) {
        guard runGroups.contains(where: removed.contains) else { return }
        var kept: [Cell] = []
        // Reserved to size: the old list's room would otherwise stay allocated.
        kept.reserveCapacity(runGroups.indices.reduce(0) { $0 + (removed.contains(runGroups[$1]) ? 0 : runEnd($1) - runStarts[$1]) })
        var keptGroups: [GroupKey] = []
        var keptStarts: [Int] = []
        groupRanges = [:]
        for (run, group) in runGroups.enumerated() where !removed.contains(group) {
            let start = kept.count
            kept += cells[runStarts[run]..<runEnd(run)]
            keptStarts.append(start)
            keptGroups.append(group)
            groupRanges[group] = start..<kept.count
        }
        cells = kept
        runGroups = keptGroups
        runStarts = keptStarts
        positionsBySystem = [:]
        indexSystems()
    }

    /// Where the figures of `group` would be, were it tabulated: the position of the first figure
    /// of a group after it in canonical order (runs are in group order), or the end.
    func insertionPosition(of group: GroupKey) -> Int {
        var low = 0
        var high = runGroups.count
        while low < high {
            let middle = (low + high) / 2
            if runGroups[middle] <= group { low = middle + 1 } else { high = middle }
        }
        return low < runStarts.count ? runStarts[low] : cells.count
    }

    /// Groups tabulated at a time: enough to keep every core busy, few enough that their figures
    /// are a small part of the quarter's.
    static let tabulationBatch = 256

    /// Every figure's position.
    var allPositions: Range<Int> { cells.indices }

    /// The figure of `key`, if tabulated.
    subscript(key: FigureKey) -> Entry? {
        position(of: key).map { entry(at: $0) }
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
            if self.key(at: middle).precedes(inGroup: key) { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && self.key(at: low) == key ? low : nil
    }

    /// The key of the figure at `position`.
    func key(at position: Int) -> FigureKey {
        let cell = cells[position]
        let template = templates[Int(cell.kind)]
        return FigureKey(period: period, group: runGroups[run(at: position)], question: template.question, measure: template.measure, option: template.option)
    }

    /// The figure at `position`, with what it sums.
    func entry(at position: Int) -> Entry {
        Entry(figure: figure(at: position), answered: answered(at: position), group: group(at: position), templates: templates, kind: kind(at: position))
    }

    /// The group of the figure at `position`.
    func group(at position: Int) -> GroupKey {
        runGroups[run(at: position)]
    }

    /// The run holding `position`: the last to start at or before it. Searched for among the
    /// runs' starts (ten thousand in a national quarter) rather than kept in every figure, where it
    /// took 4 bytes each, 5 MB a national quarter.
    private func run(at position: Int) -> Int {
        var low = 0
        var high = runStarts.count
        while low < high {
            let middle = (low + high) / 2
            if runStarts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// Where `run` ends: where the next starts, or the end.
    private func runEnd(_ run: Int) -> Int {
        run + 1 < runStarts.count ? runStarts[run + 1] : cells.count
    }

    /// The group of the figure at `position` and every position of its run, its size first: for
    /// passes that walk figures in order, to find a group once rather than figure by figure.
    func run(containing position: Int) -> (group: GroupKey, positions: Range<Int>) {
        let run = run(at: position)
        return (runGroups[run], runStarts[run]..<runEnd(run))
    }

    /// Whether the figure at `position` is its group's size, the first of its run.
    func isGroupSize(at position: Int) -> Bool {
        cells[position].kind == Self.groupSizeKind
    }

    /// The kind of every group's size, the first template.
    private static let groupSizeKind: UInt16 = 0

    /// The entry's `answered` at `position`, without building the entry.
    func answered(at position: Int) -> Int {
        let cell = cells[position]
        return Int(templates[Int(cell.kind)].measure == .mean ? cell.count : cell.answered)
    }

    /// Slices a pass over every figure is cut into to run on every core: more than cores, as
    /// groups differ in size and tables in how many of their figures are hidden.
    static let slices = 8

    /// Every position, cut into about `count` slices of whole groups' runs: for passes that decide
    /// each group's figures on their own, on every core.
    func runSlices(_ count: Int) -> [Range<Int>] {
        var bounds = [0]
        for slice in 1..<Swift.max(count, 1) {
            let target = cells.count * slice / count
            // The first run starting at or after the even cut.
            let next = run(at: target - 1) + 1
            let bound = next < runStarts.count ? runStarts[next] : cells.count
            if bound > bounds[bounds.count - 1] { bounds.append(bound) }
        }
        if cells.count > bounds[bounds.count - 1] { bounds.append(cells.count) }
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The figure at `position`.
    func figure(at position: Int) -> Figure {
        let cell = cells[position]
        return Figure(
            count: Int(cell.count), value: Self.value(templates[Int(cell.kind)].measure, count: cell.count, answered: cell.answered),
            suppression: cell.suppression)
    }

    /// The count of the figure at `position`, without its value.
    func count(at position: Int) -> Int {
        Int(cells[position].count)
    }

    /// Whether the figure at `position` may be shown; for the passes that ask it of every figure.
    func isShown(at position: Int) -> Bool {
        cells[position].suppression == nil
    }

    /// Why the figure at `position` is hidden; nil when it may be shown.
    func suppression(at position: Int) -> Figure.Suppression? {
        cells[position].suppression
    }

    /// What the figure at `position` measures.
    func measure(at position: Int) -> Measure {
        templates[Int(cells[position].kind)].measure
    }

    /// The question of the figure at `position`; nil for a group's size.
    func question(at position: Int) -> String? {
        templates[Int(cells[position].kind)].question
    }

    /// The kind of the figure at `position`: an index into `byKind`'s lists.
    func kind(at position: Int) -> Int {
        Int(cells[position].kind)
    }

    /// `property` of every kind of figure, by kind: for a pass over every figure that reads the
    /// same property of each of a module's few hundred kinds, millions of times.
    func byKind<Property>(_ property: (FigureTemplate) -> Property) -> [Property] {
        templates.map(property)
    }

    /// Whether the figures at `position` and `other` are of the same kind: their keys differ at
    /// most in the group.
    func isSameKind(_ position: Int, _ other: Int) -> Bool {
        cells[position].kind == cells[other].kind
    }

    /// Whether the figure at `position` is of a sensitive question.
    func isSensitive(at position: Int) -> Bool {
        templates[Int(cells[position].kind)].isSensitive
    }

    /// The distinct systems the linear forms of the figure at `position` are in.
    func systems(at position: Int) -> [AuditSystemID] {
        systemsOfKind[Int(cells[position].kind)]
    }

    /// The first linear form of the figure at `position` without its group, if it has one.
    func form(at position: Int) -> FigureTemplate.Form? {
        templates[Int(cells[position].kind)].forms.first
    }

    /// Where the size of the group of the figure at `position` is.
    func sizePosition(of position: Int) -> Int {
        runStarts[run(at: position)]
    }

    /// Hides the figure at `position` for `reason` (shows it, for nil).
    mutating func setSuppression(_ reason: Figure.Suppression?, at position: Int) {
        cells[position].suppression = reason
    }

    /// Hides the figure of `key` for `reason`, if tabulated.
    mutating func setSuppression(_ reason: Figure.Suppression?, of key: FigureKey) {
        if let position = position(of: key) { cells[position].suppression = reason }
    }

    /// The positions of figures with a linear form in `system`, group sizes first (every question
    /// system repeats them), each part in canonical order; percentages left out, as they restate
    /// their counts.
    func positions(relatedTo system: AuditSystemID) -> some Sequence<Int> {
        precondition(isIndexed, "a batch weighed by inBatches lists no system's figures")
        let sizes = positionsBySystem[.respondents] ?? []
        let own = system == .respondents ? [] : positionsBySystem[system] ?? []
        return [sizes, own].joined().lazy.map(Int.init)
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

    /// One question's figures in every group of a table: its counts' place, and its kinds of
    /// figure from `firstKind` on. In plain numbers: each group reads every question's plan, and
    /// a plan holding the question (twice, with its layout) retained its every string and list on
    /// each read, a third of a national quarter's tabulation.
    private struct QuestionPlan: Sendable {
        /// Where the question's option counts start among an atom's counts, and how many there are.
        let offset: Int
        let optionCount: Int
        /// Where a multi-choice question's answered count is (its options do not add up to it).
        let answeredSlot: Int?
        let firstKind: Int
        let rules: [FigureNumbers.Rule]
    }

    /// The figures of one group, in key order: its size, then each question's kinds of figure.
    private static func cells(atoms: [Int], counts: QuarterCounts, plan: [QuestionPlan]) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(plan.reduce(1) { $0 + $1.rules.count })
        func put(_ numbers: FigureNumbers, kind: Int) {
            cells.append(Cell(count: Int32(numbers.count), answered: Int32(numbers.scoreTotal ?? numbers.answered), kind: UInt16(kind)))
        }
        let respondents = atoms.reduce(0) { $0 + counts.respondents[$1] }
        put(FigureNumbers(count: respondents, answered: respondents), kind: Int(groupSizeKind))
        let totals = counts.totals(of: atoms)
        // By index: a question's plan and rules, copied out as a loop's elements, retained their
        // lists for every group (a quarter of the tabulation of a national quarter's groups).
        for question in plan.indices {
            let options = Array(totals[plan[question].offset..<(plan[question].offset + plan[question].optionCount)])
            let answered = plan[question].answeredSlot.map { totals[$0] } ?? options.reduce(0, +)
            let questionCounts = QuestionCounts(options: options, answered: answered)
            for index in plan[question].rules.indices {
                if let numbers = plan[question].rules[index].numbers(questionCounts) { put(numbers, kind: plan[question].firstKind + index) }
            }
        }
        return cells
    }

    /// A figure's value from a cell's numbers: a count's is itself, a percentage's is of the
    /// answered count, a mean's is the scores' total over its count.
    private static func value(_ measure: Measure, count: Int32, answered: Int32) -> Double {
        switch measure {
        case .percent, .favorablePercent: percent(Int(count), of: Int(answered))
        case .mean: Double(answered) / Double(count)
        case .respondents, .answered, .count, .comments: Double(count)
        }
    }

    static func percent(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : Double(count) * 100 / Double(total)
    }
}
