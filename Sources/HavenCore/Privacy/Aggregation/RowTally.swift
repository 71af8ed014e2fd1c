import HavenSurvey

/// Counts rows decoded by a `WideRowDecoder` straight into each quarter's finest-cell rows
/// (`CellCounts`): an atom is found by one integer key packing every dimension's value, and a
/// row's answers are one list of slots to count, with no `Response` and no dictionary of answers
/// per row.
struct RowTally {
    /// One quarter's atoms while counting; turned into a `QuarterCounts` at the end.
    private struct Quarter {
        var atomIndex = AtomTable()
        var keys: [UInt64] = []
        var respondents: [Int] = []
        var counts: CellCounts
        var comments: [String: CommentTexts] = [:]
    }

    /// How a reported question is counted.
    private enum Kind {
        case option, multi, text
    }

    private let module: SurveyModule
    private let dimensions: [String]
    private let layout: CountLayout
    /// Per catalogue dimension: its question's index, the key's bit position and width.
    private let dimensionQuestions: [Int]
    private let shifts: [UInt64]
    private let widths: [UInt64]
    /// Whether every dimension's value fits the 64-bit key; else rows take `QuarterCounts.add`.
    private let packs: Bool
    /// Per reported question, flattened for the per-row loop: its question index, where its
    /// options start, its "answered" and "not answered" slots, and how it is counted.
    private let slotQuestion: [Int]
    private let slotOffset: [Int]
    private let slotAnswered: [Int]
    private let slotSkipped: [Int]
    private let slotKind: [Kind]
    /// The free-text questions whose texts are kept: none when the counts keep no texts.
    private let textSlots: [(question: Int, id: String)]
    private let keepsTexts: Bool
    private var lastPeriod: Period?
    private var lastQuarter = 0
    private let wanted: [Period]
    private var periods: [Period] = []
    private var quarters: [Quarter] = []
    /// The slots one row counts, kept between rows.
    private var counted: [Int] = []
    /// Quarters counted the general way, for modules whose dimensions do not fit the key.
    private var general: [Period: QuarterCounts] = [:]

    /// A tally of `module`'s rows in `periods` (others are skipped), keeping the texts of free-text
    /// answers or not.
    init(module: SurveyModule, periods: [Period], keepingTexts: Bool) {
        self.module = module
        keepsTexts = keepingTexts
        let counts = ResponseCounts(module: module)
        dimensions = counts.dimensions
        layout = counts.layout
        wanted = periods
        let questions = module.questions
        let index = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0) })
        dimensionQuestions = dimensions.compactMap { name in questions.firstIndex { $0.dimension == name } }
        // A fixed dimension needs room for its options plus "missing"; an open one gets 32 bits.
        widths = dimensionQuestions.map { question in
            questions[question].acceptsAnyValue ? 32 : UInt64(UInt.bitWidth - UInt(questions[question].options.count).leadingZeroBitCount)
        }
        var shifts: [UInt64] = []
        var total: UInt64 = 0
        for width in widths {
            shifts.append(total)
            total += width
        }
        self.shifts = shifts
        packs = total <= 64 && dimensionQuestions.count == dimensions.count
        let entries = layout.entries
        slotQuestion = entries.map { index[$0.question.id] ?? 0 }
        slotOffset = entries.map(\.offset)
        slotAnswered = entries.map(\.answeredSlot)
        slotSkipped = entries.map(\.skippedSlot)
        slotKind = entries.map { entry in
            switch entry.question.type {
            case .multi: .multi
            case .text: .text
            case .single, .scale, .dimension: .option
            }
        }
        textSlots = keepingTexts ? entries.filter { $0.question.type == .text }.map { (index[$0.question.id] ?? 0, $0.question.id) } : []
    }

    /// Counts the row `decoder` has just decoded.
    mutating func add(_ decoder: WideRowDecoder) {
        let period = decoder.period
        guard packs else {
            if wanted.contains(period) { addGenerally(decoder) }
            return
        }
        if period != lastPeriod {
            guard wanted.contains(period) else { return }
            if let found = periods.firstIndex(of: period) {
                lastQuarter = found
            } else {
                lastQuarter = periods.count
                periods.append(period)
                quarters.append(Quarter(counts: CellCounts(width: layout.width)))
            }
            lastPeriod = period
        }
        let cells = decoder.cells
        var key: UInt64 = 0
        for (position, question) in dimensionQuestions.enumerated() {
            key |= UInt64(cells[question] &+ 1) << shifts[position]
        }
        let atom: Int
        if let existing = quarters[lastQuarter].atomIndex.atom(key) {
            atom = existing
        } else {
            atom = quarters[lastQuarter].atomIndex.add(key)
            quarters[lastQuarter].keys.append(key)
            quarters[lastQuarter].respondents.append(0)
            quarters[lastQuarter].counts.appendAtom()
        }
        quarters[lastQuarter].respondents[atom] += 1
        counted.removeAll(keepingCapacity: true)
        for slot in slotQuestion.indices {
            let question = slotQuestion[slot]
            let cell = Int(cells[question])
            guard cell >= 0 else {
                counted.append(slotSkipped[slot])
                continue
            }
            switch slotKind[slot] {
            case .option:
                counted.append(slotOffset[slot] &+ cell)
            case .multi:
                for option in decoder.chosen[question] {
                    counted.append(slotOffset[slot] &+ Int(option))
                }
                counted.append(slotAnswered[slot])
            case .text:
                counted.append(slotAnswered[slot])
            }
        }
        counted.withUnsafeBufferPointer { quarters[lastQuarter].counts.increment(atom: atom, slots: $0) }
        for (question, id) in textSlots {
            if let text = decoder.texts[question] {
                quarters[lastQuarter].comments[id, default: CommentTexts()].append(text, atom: atom)
            }
        }
    }

    /// The counts of every quarter seen, packed (`CellCounts`): each quarter's counting arrays are
    /// let go as soon as they are packed.
    mutating func counts(_ decoder: WideRowDecoder) -> ResponseCounts {
        var result: [Period: QuarterCounts] = general
        let values: [[String]] = dimensionQuestions.map { question in
            module.questions[question].acceptsAnyValue ? decoder.openValues.values : module.questions[question].options.map(\.code)
        }
        for (position, period) in periods.enumerated() {
            let packed = quarters[position].counts.packed()
            quarters[position].counts = CellCounts(width: layout.width)
            for index in quarters[position].comments.values.indices { quarters[position].comments.values[index].fit() }
            let quarter = quarters[position]
            var atomCodes: [Int32] = []
            atomCodes.reserveCapacity(quarter.keys.count * widths.count)
            for key in quarter.keys {
                for dimension in widths.indices {
                    atomCodes.append(Int32(truncatingIfNeeded: (key >> shifts[dimension]) & ((1 << widths[dimension]) - 1)))
                }
            }
            result[period] = QuarterCounts(
                dimensions: dimensions, layout: layout, values: values, atomCodes: atomCodes,
                respondents: quarter.respondents, counts: packed, comments: quarter.comments)
        }
        return ResponseCounts(module: module, quarters: result, keepingTexts: keepsTexts)
    }

    /// Dimensions too many or too wide for one key: the row as answers, counted as the store's are.
    private mutating func addGenerally(_ decoder: WideRowDecoder) {
        var answers: [String: AnswerValue] = [:]
        for (index, question) in module.questions.enumerated() {
            let cell = decoder.cells[index]
            guard cell >= 0 else { continue }
            switch question.type {
            case .text: answers[question.id] = decoder.texts[index].map(AnswerValue.text)
            case .multi: answers[question.id] = .choices(decoder.chosen[index].map { question.options[Int($0)].code })
            case .single, .scale, .dimension:
                answers[question.id] = .choice(question.acceptsAnyValue ? decoder.openValues.values[Int(cell)] : question.options[Int(cell)].code)
            }
        }
        general[decoder.period, default: QuarterCounts(dimensions: dimensions, layout: layout)].add(answers, keepingTexts: keepsTexts)
    }
}
