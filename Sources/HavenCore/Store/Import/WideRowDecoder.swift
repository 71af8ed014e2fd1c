import Foundation
import HavenCSV
import HavenSurvey

/// Checks each row of a wide file against a module straight from the CSV reader's bytes and
/// leaves its answers in flat per-question cells: on the common path a row costs no `String`
/// per field and no `Response`, which is what lets a national network's million rows be read in
/// about a second.
///
/// Only plain cells take the fast path: an exact option code, a quarter like `2026Q3`, an open
/// dimension's value, the module id, an empty field. Anything else (spaces around a code, a
/// multi-choice list, free text, a wrong value) goes through `AnswerRules`, the checks the
/// terminal uses, so every problem reads as it always has: FILE:ROW:COLUMN and what would fit.
///
/// A class, so that the per-row loop reads its tables through local copies and plain pointers
/// rather than through the checks a struct's nested arrays cost on every cell.
final class WideRowDecoder {
    /// What a column of the file holds.
    private enum Kind {
        case choice, open, multi, text, period, survey, responseID
    }

    /// A question shown only for some answers to an earlier one, as the checks need it.
    private struct SkipRule {
        let question: Int
        let target: Int
        /// Per option of the target: whether choosing it shows the question.
        let shows: [Bool]
        let column: Int
        let message: String
    }

    let module: SurveyModule
    /// The module's questions in order; every per-question array is indexed like this one.
    let questions: [Question]
    let path: String
    let defaultPeriod: Period?
    var problems: ProblemList

    /// Per question, for the row just decoded: -1 when not answered; otherwise the option's
    /// index, the value's index in `openValues` for an open dimension, or 0 for multi-choice
    /// (see `chosen`) and free text (see `texts`).
    let cells: UnsafeMutableBufferPointer<Int32>
    /// Per multi-choice question: the chosen options' indices, in the module's option order.
    private(set) var chosen: [[Int32]]
    /// Per free-text question: the answer.
    private(set) var texts: [String?]
    /// The values the open dimension has taken: a module has at most one (`site` without a
    /// configured list).
    private(set) var openValues = OpenValueTable()
    /// The quarter of the row just decoded.
    private(set) var period = Period(year: 1970, quarter: 1)!

    private var kinds: [Kind] = []
    private var columnQuestion: [Int] = []
    /// Per question, 256 entries: by a key of a cell (`codeKey`: a one-byte cell's byte, else of
    /// its length and end bytes), the one option with that key + 1, 0 when none has it,
    /// `sharedKey` when several do. A one-byte code (scale points) is its own key, so where every
    /// code of a question is one byte (`hasByteCodes`) an entry needs no compare; elsewhere one
    /// compare settles most cells, where trying the options in turn was a third of a national
    /// file's decoding (roles are codes like `front-desk`).
    private let keyedCodes: [UInt8]
    private let hasByteCodes: [Bool]
    private static let sharedKey = UInt8.max
    /// Every option code's bytes, one after another; per question the range of its options in
    /// `codeEnds`.
    private let codeArena: [UInt8]
    private let codeEnds: [Int]
    private let firstCode: [Int]
    /// Per question: the longest free-text answer, in characters.
    private let maxLengths: [Int]
    private let textQuestions: [Int]
    private let multiQuestions: [Int]
    private var skipRules: [SkipRule] = []
    /// Marks the rows whose `response_id` an earlier row has, for `decode(_:repeatsAnID:)`.
    let repeats: RepeatedIDMarker
    private var headerOK = false
    private var rowsSeen = 0

    init(module: SurveyModule, file: String, defaultPeriod: Period?, expectedBytes: Int = 0) {
        repeats = RepeatedIDMarker(module: module, expectedBytes: expectedBytes)
        self.module = module
        questions = module.questions
        path = file
        self.defaultPeriod = defaultPeriod
        problems = ProblemList(file: file)
        cells = .allocate(capacity: questions.count)
        cells.initialize(repeating: -1)
        chosen = Array(repeating: [], count: questions.count)
        texts = Array(repeating: nil, count: questions.count)
        var codeArena: [UInt8] = []
        var codeEnds: [Int] = []
        var firstCode: [Int] = []
        for question in questions {
            firstCode.append(codeEnds.count)
            for option in question.options {
                codeArena += Array(option.code.utf8)
                codeEnds.append(codeArena.count)
            }
        }
        firstCode.append(codeEnds.count)
        var keyedCodes = [UInt8](repeating: 0, count: 256 * questions.count)
        for (index, question) in questions.enumerated() {
            guard question.options.count < Int(Self.sharedKey) else {
                keyedCodes.replaceSubrange((256 * index)..<(256 * index + 256), with: repeatElement(Self.sharedKey, count: 256))
                continue
            }
            for (position, option) in question.options.enumerated() {
                let slot = 256 * index + Int(Array(option.code.utf8).withUnsafeBytes(Self.codeKey))
                keyedCodes[slot] = keyedCodes[slot] == 0 ? UInt8(position + 1) : Self.sharedKey
            }
        }
        self.keyedCodes = keyedCodes
        hasByteCodes = questions.map { !$0.options.isEmpty && $0.options.allSatisfy { $0.code.utf8.count == 1 } }
        self.codeArena = codeArena
        self.codeEnds = codeEnds
        self.firstCode = firstCode
        maxLengths = questions.map(\.maxLength)
        let questions = module.questions
        textQuestions = questions.indices.filter { questions[$0].type == .text }
        multiQuestions = questions.indices.filter { questions[$0].type == .multi }
    }

    deinit {
        cells.deallocate()
    }

    /// Reads one record: the header, or a response. Returns true when `row` is a response and
    /// the file has had no problem so far; its answers are then in `cells`, `chosen`, `texts`
    /// and `period` until the next call. `repeatsAnID` is what `repeats` said of `row` (asked on
    /// the reader's parsing thread): every record must have been put to it, in file order.
    func decode(_ row: CSVRow, repeatsAnID: Bool) -> Bool {
        guard row.number > 1 else {
            readHeader(row)
            return false
        }
        guard headerOK else { return false }
        rowsSeen += 1
        guard row.count == kinds.count else {
            problems.add(row: row.number, column: min(row.count, kinds.count) + 1, "this row has \(row.count) fields but the header has \(kinds.count); check for a missing or extra comma")
            return false
        }
        clearCells()
        var period = defaultPeriod
        // Local copies: one retain per row instead of checks on every cell.
        let kinds = self.kinds, columnQuestion = self.columnQuestion
        let keyedCodes = self.keyedCodes, hasByteCodes = self.hasByteCodes
        for column in 0..<kinds.count {
            switch kinds[column] {
            case .choice:
                let question = columnQuestion[column]
                let code = row.withFieldBytes(at: column) { bytes -> Int32 in
                    if bytes.isEmpty { return -1 }
                    guard hasByteCodes[question] else { return optionIndex(of: bytes, question: question) }
                    guard bytes.count == 1 else { return -2 }
                    let entry = keyedCodes[256 &* question &+ Int(bytes[0])]
                    guard entry != Self.sharedKey else { return optionIndex(of: bytes, question: question) }
                    return entry == 0 ? -2 : Int32(entry) &- 1
                }
                store(code, question: question, orDecode: row, column: column)
            case .open:
                let question = columnQuestion[column]
                let value = row.withFieldBytes(at: column) { bytes -> Int32 in
                    if bytes.isEmpty { return -1 }
                    // A value with a space (or any non-ASCII byte) at either end is trimmed the slow way.
                    guard Self.isPlainEdge(bytes[0]), Self.isPlainEdge(bytes[bytes.count - 1]) else { return -2 }
                    return openValues.index(of: bytes)
                }
                store(value, question: question, orDecode: row, column: column)
            case .text:
                let question = columnQuestion[column]
                if row.byteCount(at: column) > 0, !row.withFieldBytes(at: column, { takeText($0, question: question) }) {
                    decodeThoroughly(row, column: column)
                }
            case .multi:
                if row.byteCount(at: column) > 0 {
                    decodeThoroughly(row, column: column)
                }
            case .period:
                if let quarter = row.withFieldBytes(at: column, Self.quarter(in:)) {
                    period = quarter
                } else if row.byteCount(at: column) > 0 {
                    let cell = row.string(at: column).trimmingCharacters(in: .whitespaces)
                    guard !cell.isEmpty else { continue }
                    if let value = Period(cell) {
                        period = value
                    } else {
                        problems.add(row: row.number, column: column + 1, "'\(cell)' is not a quarter; write it like 2026Q3")
                    }
                }
            case .survey:
                guard row.byteCount(at: column) > 0, !row.field(at: column, equals: module.id) else { continue }
                let cell = row.string(at: column).trimmingCharacters(in: .whitespaces)
                if !cell.isEmpty && cell != module.id {
                    problems.add(row: row.number, column: column + 1, "this row is for the survey '\(cell)', not '\(module.id)'; import it with that survey")
                }
            case .responseID:
                if repeatsAnID { checkResponseID(row, column: column) }
            }
        }
        checkSkipLogic(row: row.number)
        if period == nil {
            problems.add(row: row.number, column: 1, "no period: add a 'period' column (like 2026Q3) or give --period")
        }
        // After the first problem nothing more is used: the import or report will fail anyway.
        guard problems.isEmpty, let period else { return false }
        self.period = period
        return true
    }

    /// Reports a file with a header and nothing else, or nothing at all.
    func finish() {
        if headerOK && rowsSeen == 0 {
            problems.add(row: 2, column: 1, "the file has a header but no responses")
        } else if !headerOK && problems.isEmpty {
            problems.add(row: 1, column: 1, "the file is empty; it needs a header row of question ids")
        }
    }

    /// Records a problem the CSV reader found, at its place.
    func add(_ error: CSVError) {
        problems.add(row: error.row ?? 1, column: error.column ?? 1, error.message)
    }

    // MARK: Cells

    private func clearCells() {
        cells.update(repeating: -1)
        for question in textQuestions {
            texts[question] = nil
        }
        for question in multiQuestions where !chosen[question].isEmpty {
            chosen[question].removeAll(keepingCapacity: true)
        }
    }

    /// A cell's key in `keyedCodes`: a one-byte cell's byte, else a byte of its length and its
    /// first and last bytes.
    @inline(__always)
    private static func codeKey(_ bytes: UnsafeRawBufferPointer) -> UInt8 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return bytes.count == 1 ? first : (first &+ UInt8(truncatingIfNeeded: bytes.count) &* 31) ^ (last &* 7)
    }

    /// The option index of an exact multi-byte code, or -2.
    private func optionIndex(of bytes: UnsafeRawBufferPointer, question: Int) -> Int32 {
        let keyed = keyedCodes[256 * question + Int(Self.codeKey(bytes))]
        if keyed == 0 { return -2 }
        return codeArena.withUnsafeBytes { arena in
            let first = firstCode[question]
            let options = keyed == Self.sharedKey ? first..<firstCode[question + 1] : (first + Int(keyed) - 1)..<(first + Int(keyed))
            var start = options.lowerBound == 0 ? 0 : codeEnds[options.lowerBound - 1]
            for option in options {
                let end = codeEnds[option]
                if end - start == bytes.count, ByteHash.equal(arena.baseAddress! + start, bytes.baseAddress!, count: bytes.count) {
                    return Int32(option - first)
                }
                start = end
            }
            return -2
        }
    }

    /// Free text that needs no trimming and cannot be too long (no more bytes than the limit in
    /// characters) is taken as it is; anything else is checked the general way.
    private func takeText(_ bytes: UnsafeRawBufferPointer, question: Int) -> Bool {
        guard bytes.count <= maxLengths[question], Self.isPlainEdge(bytes[0]), Self.isPlainEdge(bytes[bytes.count - 1]) else { return false }
        texts[question] = String(decoding: bytes, as: UTF8.self)
        cells[question] = 0
        return true
    }

    /// Records a fast path's option index (−1 for a skip), or takes the general path for a cell
    /// the fast path could not settle (below −1).
    @inline(__always)
    private func store(_ index: Int32, question: Int, orDecode row: CSVRow, column: Int) {
        if index >= -1 {
            cells[question] = index
        } else {
            decodeThoroughly(row, column: column)
        }
    }

    /// The general path: the cell as text, checked by `AnswerRules`.
    private func decodeThoroughly(_ row: CSVRow, column: Int) {
        let index = columnQuestion[column]
        let question = questions[index]
        do {
            guard let value = try AnswerRules.parse(cell: row.string(at: column), for: question) else { return }
            switch value {
            case let .choice(code):
                if question.acceptsAnyValue {
                    cells[index] = openValues.index(of: code)
                } else if let option = question.options.firstIndex(where: { $0.code == code }) {
                    cells[index] = Int32(option)
                }
            case let .choices(codes):
                chosen[index] = question.options.indices.filter { codes.contains(question.options[$0].code) }.map { Int32($0) }
                cells[index] = 0
            case let .text(text):
                texts[index] = text
                cells[index] = 0
            }
        } catch {
            problems.add(row: row.number, column: column + 1, error.message)
        }
    }

    /// Whether a value starting or ending with `byte` needs no trimming: printable ASCII other
    /// than a space (trimming removes spaces, tabs, line breaks and non-ASCII spaces).
    private static func isPlainEdge(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// `2026Q3` (or `2026q3`) exactly; anything else is left to `Period`'s own parsing.
    private static func quarter(in bytes: UnsafeRawBufferPointer) -> Period? {
        guard bytes.count == 6, bytes[4] == UInt8(ascii: "Q") || bytes[4] == UInt8(ascii: "q") else { return nil }
        var year = 0
        for index in 0..<4 {
            let digit = Int(bytes[index]) &- 0x30
            guard (0...9).contains(digit) else { return nil }
            year = year * 10 + digit
        }
        return Period(year: year, quarter: Int(bytes[5]) &- 0x30)
    }

    // MARK: Rows

    /// Reports a row whose id hash an earlier row has, once the file confirms the repeat.
    private func checkResponseID(_ row: CSVRow, column: Int) {
        let cell = row.string(at: column)
        // A shared hash is a repeat unless the file says otherwise; past the listed problems
        // (the import is refused anyway) only the count is affected, so nothing is re-read then.
        var earlier = "an earlier row"
        if problems.isListing {
            switch Self.earlierRow(path: path, column: column, value: cell, before: row.number) {
            case .none: return
            case let .at(number): earlier += " (row \(number))"
            case .unreadable: break
            }
        }
        problems.add(row: row.number, column: column + 1, "the response_id '\(cell)' appears in \(earlier): this row is repeated; delete it if it is the same response, or give each response its own id")
    }

    /// What reading the file again says of a row before another with the same value.
    private enum EarlierRow {
        case none
        case at(Int)
        /// The file could not be read again: the repeat is then reported, never hidden.
        case unreadable
    }

    /// The first row before `number` with `value` in `column`, read again from the file.
    private static func earlierRow(path: String, column: Int, value: String, before number: Int) -> EarlierRow {
        struct Stop: Error {}
        var found = EarlierRow.none
        do {
            try CSVReader(path: path).forEachRow { row in
                guard row.number < number else { throw Stop() }
                if row.number > 1, column < row.count, row.field(at: column, equals: value) {
                    found = .at(row.number)
                    throw Stop()
                }
            }
        } catch is Stop {
            return found
        } catch {
            return .unreadable
        }
        return found
    }

    /// An answer to a question its skip logic hides is a sign of a mixed-up file.
    private func checkSkipLogic(row: Int) {
        for rule in skipRules where cells[rule.question] >= 0 {
            let target = cells[rule.target]
            let shown: Bool
            if questions[rule.target].type == .multi {
                shown = chosen[rule.target].contains { rule.shows[Int($0)] }
            } else if questions[rule.target].acceptsAnyValue {
                shown = target >= 0 && questions[rule.question].showIf?.codes.contains(openValues.values[Int(target)]) == true
            } else {
                shown = target >= 0 && rule.shows[Int(target)]
            }
            if !shown {
                problems.add(row: row, column: rule.column, rule.message)
            }
        }
    }

    private func readHeader(_ row: CSVRow) {
        var problems = self.problems
        let columns = WideFormat.columns(row.strings(), module: module) { column, message in
            problems.add(row: 1, column: column, message)
        }
        self.problems = problems
        headerOK = problems.isEmpty
        guard headerOK else { return }
        let index = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0) })
        var questionColumn = [Int](repeating: 0, count: questions.count)
        kinds = []
        columnQuestion = []
        // With no problem in the header, every column is known.
        for (position, column) in columns.enumerated() {
            guard let column else { continue }
            var question = -1
            switch column {
            case let .question(found):
                question = index[found.id] ?? -1
                questionColumn[question] = position + 1
                switch found.type {
                case .text: kinds.append(.text)
                case .multi: kinds.append(.multi)
                case .single, .scale, .dimension: kinds.append(found.acceptsAnyValue ? .open : .choice)
                }
            case .period: kinds.append(.period)
            case .survey: kinds.append(.survey)
            case .responseID: kinds.append(.responseID)
            }
            columnQuestion.append(question)
        }
        skipRules = questions.indices.compactMap { position in
            let question = questions[position]
            guard let condition = question.showIf, questionColumn[position] > 0, let target = index[condition.question] else { return nil }
            let shows = questions[target].options.map { condition.codes.contains($0.code) }
            let message = "'\(question.id)' is answered, but it is only asked when '\(condition.question)' is \(condition.codes.joined(separator: " or ")); check the row"
            return SkipRule(question: position, target: target, shows: shows, column: questionColumn[position], message: message)
        }
    }
}
