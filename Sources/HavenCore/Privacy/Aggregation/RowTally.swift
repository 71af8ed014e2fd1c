import HavenSurvey

/// Counts rows decoded by a `WideRowDecoder` straight into each quarter's flat finest-cell
/// arrays: an atom is found by one integer key packing every dimension's value, and each answer
/// is one increment, with no `Response` and no dictionary of answers per row.
struct RowTally {
    /// One quarter's atoms while counting; turned into a `QuarterCounts` at the end.
    private struct Quarter {
        var atomIndex: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var respondents: [Int] = []
        var counts: [Int32] = []
        var comments: [String: [String]] = [:]
    }

    /// A reported question's place in the counts, flattened for the per-row loop.
    private struct Slot {
        let question: Int
        let offset: Int
        let answered: Int
        let skipped: Int
        let type: QuestionType
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
    private let slots: [Slot]
    private let wanted: [Period]
    private var periods: [Period] = []
    private var quarters: [Quarter] = []
    /// Quarters counted the general way, for modules whose dimensions do not fit the key.
    private var general: [Period: QuarterCounts] = [:]

    /// A tally of `module`'s rows in `periods` (others are skipped).
    init(module: SurveyModule, periods: [Period]) {
        self.module = module
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
        slots = layout.entries.map { entry in
            Slot(question: index[entry.question.id] ?? 0, offset: entry.offset, answered: entry.answeredSlot, skipped: entry.skippedSlot, type: entry.question.type)
        }
    }

    /// Counts the row `decoder` has just decoded.
    mutating func add(_ decoder: WideRowDecoder) {
        let period = decoder.period
        guard wanted.contains(period) else { return }
        guard packs else {
            addGenerally(decoder)
            return
        }
        let quarter: Int
        if let found = periods.firstIndex(of: period) {
            quarter = found
        } else {
            quarter = periods.count
            periods.append(period)
            quarters.append(Quarter())
        }
        var key: UInt64 = 0
        for (position, question) in dimensionQuestions.enumerated() {
            key |= UInt64(decoder.cells[question] + 1) << shifts[position]
        }
        let width = layout.width
        let atom: Int
        if let existing = quarters[quarter].atomIndex[key] {
            atom = Int(existing)
        } else {
            atom = quarters[quarter].keys.count
            quarters[quarter].atomIndex[key] = Int32(atom)
            quarters[quarter].keys.append(key)
            quarters[quarter].respondents.append(0)
            quarters[quarter].counts.append(contentsOf: repeatElement(0, count: width))
        }
        quarters[quarter].respondents[atom] += 1
        let base = atom * width
        quarters[quarter].counts.withUnsafeMutableBufferPointer { counts in
            for slot in slots {
                let cell = decoder.cells[slot.question]
                guard cell >= 0 else {
                    counts[base + slot.skipped] += 1
                    continue
                }
                switch slot.type {
                case .multi:
                    for option in decoder.chosen[slot.question] {
                        counts[base + slot.offset + Int(option)] += 1
                    }
                    counts[base + slot.answered] += 1
                case .text:
                    counts[base + slot.answered] += 1
                case .single, .scale, .dimension:
                    counts[base + slot.offset + Int(cell)] += 1
                }
            }
        }
        for slot in slots where slot.type == .text {
            if let text = decoder.texts[slot.question] {
                quarters[quarter].comments[module.questions[slot.question].id, default: []].append(text)
            }
        }
    }

    /// The counts of every quarter seen.
    func counts(_ decoder: WideRowDecoder) -> ResponseCounts {
        var result: [Period: QuarterCounts] = general
        let values: [[String]] = dimensionQuestions.map { question in
            module.questions[question].acceptsAnyValue ? decoder.openValues[question].values : module.questions[question].options.map(\.code)
        }
        for (position, period) in periods.enumerated() {
            let quarter = quarters[position]
            let atoms = quarter.keys.map { key in
                widths.indices.map { dimension in Int32(truncatingIfNeeded: (key >> shifts[dimension]) & ((1 << widths[dimension]) - 1)) }
            }
            result[period] = QuarterCounts(
                dimensions: dimensions, layout: layout, values: values, atoms: atoms,
                respondents: quarter.respondents, counts: quarter.counts, comments: quarter.comments)
        }
        return ResponseCounts(module: module, quarters: result)
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
                answers[question.id] = .choice(question.acceptsAnyValue ? decoder.openValues[index].values[Int(cell)] : question.options[Int(cell)].code)
            }
        }
        general[decoder.period, default: QuarterCounts(dimensions: dimensions, layout: layout)].add(answers)
    }
}
