import Crypto
import Foundation
import HavenCSV
import HavenSurvey

/// Imports a wide-format CSV file of responses into a store: every cell checked against the module,
/// all rows stored in one transaction, or none.
public struct ResponseImport: Sendable {
    /// The module the file answers.
    public var module: SurveyModule
    /// The file's path.
    public var path: String
    /// The quarter for rows without a `period` cell.
    public var defaultPeriod: Period?
    /// Whether a file imported before may be imported again.
    public var allowDuplicateFile: Bool

    /// Describes an import.
    public init(module: SurveyModule, path: String, defaultPeriod: Period? = nil, allowDuplicateFile: Bool = false) {
        self.module = module
        self.path = path
        self.defaultPeriod = defaultPeriod
        self.allowDuplicateFile = allowDuplicateFile
    }

    /// Runs the import.
    ///
    /// - Parameter progress: called now and then with the bytes read and the file's size.
    /// - Returns: how many responses were stored.
    /// - Throws: `ImportError` listing the file's problems (nothing stored), `StoreError`, or
    ///   `HavenError.unreadableFile`.
    public func run(into store: some ResponseStore, progress: ((Int, Int?) -> Void)? = nil) throws -> Int {
        let digest = try FileDigest.sha256(of: path)
        return try store.importResponses(digest: digest, allowDuplicate: allowDuplicateFile) { insert in
            var rows = RowChecker(module: module, file: path, defaultPeriod: defaultPeriod)
            let reader = CSVReader(path: path)
            do {
                try reader.forEachRow { row in
                    if let response = rows.check(row) {
                        try insert(response)
                    }
                    if row.number % 4096 == 0 {
                        progress?(reader.bytesConsumed, reader.fileSize)
                    }
                }
            } catch let error as CSVError {
                rows.problems.add(row: error.row ?? 1, column: error.column ?? 1, error.message)
            }
            progress?(reader.bytesConsumed, reader.fileSize)
            rows.finish()
            if let error = rows.problems.error {
                throw error
            }
        }
    }
}

/// Collects an import's problems: the first few in full, the rest counted.
struct ProblemList {
    let file: String
    private(set) var shown: [ImportProblem] = []
    private(set) var more = 0

    init(file: String) {
        self.file = file
    }

    var isEmpty: Bool { shown.isEmpty }

    mutating func add(row: Int, column: Int, _ message: String) {
        if shown.count < ImportError.shownLimit {
            shown.append(ImportProblem(file: file, row: row, column: column, message: message))
        } else {
            more += 1
        }
    }

    var error: ImportError? {
        shown.isEmpty ? nil : ImportError(problems: shown, more: more)
    }
}

/// Checks each row of a wide file against the module and turns it into a response.
struct RowChecker {
    let module: SurveyModule
    let defaultPeriod: Period?
    var problems: ProblemList
    private var columns: [WideFormat.Column?] = []
    private var headerOK = false
    private var rowsSeen = 0
    private var responseIDs: Set<String> = []

    init(module: SurveyModule, file: String, defaultPeriod: Period?) {
        self.module = module
        self.defaultPeriod = defaultPeriod
        problems = ProblemList(file: file)
    }

    /// The response in `row`, or nil for the header and for rows with problems.
    mutating func check(_ row: CSVRow) -> Response? {
        guard row.number > 1 else {
            readHeader(row)
            return nil
        }
        guard headerOK else { return nil }
        rowsSeen += 1
        guard row.count == columns.count else {
            problems.add(row: row.number, column: min(row.count, columns.count) + 1, "this row has \(row.count) fields but the header has \(columns.count); check for a missing or extra comma")
            return nil
        }
        var answers: [String: AnswerValue] = [:]
        var answerColumns: [String: Int] = [:]
        var period = defaultPeriod
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            let number = index + 1
            switch column {
            case let .question(question):
                do {
                    if let value = try AnswerRules.parse(cell: row.string(at: index), for: question) {
                        answers[question.id] = value
                        answerColumns[question.id] = number
                    }
                } catch {
                    problems.add(row: row.number, column: number, error.message)
                }
            case .period:
                let cell = row.string(at: index).trimmingCharacters(in: .whitespaces)
                guard !cell.isEmpty else { continue }
                if let value = Period(cell) {
                    period = value
                } else {
                    problems.add(row: row.number, column: number, "'\(cell)' is not a quarter; write it like 2026Q3")
                }
            case .survey:
                let cell = row.string(at: index).trimmingCharacters(in: .whitespaces)
                if !cell.isEmpty && cell != module.id {
                    problems.add(row: row.number, column: number, "this row is for the survey '\(cell)', not '\(module.id)'; import it with that survey")
                }
            case .responseID:
                let cell = row.string(at: index)
                if !cell.isEmpty && !responseIDs.insert(cell).inserted {
                    problems.add(row: row.number, column: number, "the response_id '\(cell)' appears in an earlier row: this row is repeated")
                }
            }
        }
        checkSkipLogic(answers, columns: answerColumns, row: row.number)
        if period == nil {
            problems.add(row: row.number, column: 1, "no period: add a 'period' column (like 2026Q3) or give --period")
        }
        // After the first problem nothing more is stored: the transaction will be rolled back anyway.
        guard problems.isEmpty, let period else { return nil }
        return Response(survey: module.id, version: module.version, period: period, answers: answers)
    }

    /// Reports a file with a header and nothing else.
    mutating func finish() {
        if headerOK && rowsSeen == 0 {
            problems.add(row: 2, column: 1, "the file has a header but no responses")
        } else if !headerOK && problems.isEmpty {
            problems.add(row: 1, column: 1, "the file is empty; it needs a header row of question ids")
        }
    }

    private mutating func readHeader(_ row: CSVRow) {
        var problems = self.problems
        columns = WideFormat.columns(row.strings(), module: module) { column, message in
            problems.add(row: 1, column: column, message)
        }
        self.problems = problems
        headerOK = problems.isEmpty
    }

    /// An answer to a question its skip logic hides is a sign of a mixed-up file.
    private mutating func checkSkipLogic(_ answers: [String: AnswerValue], columns: [String: Int], row: Int) {
        for question in module.questions {
            guard let condition = question.showIf, answers[question.id] != nil, let column = columns[question.id] else { continue }
            let shown = answers[condition.question].map { answer in condition.codes.contains(where: answer.contains) } ?? false
            if !shown {
                problems.add(row: row, column: column, "'\(question.id)' is answered, but it is only asked when '\(condition.question)' is \(condition.codes.joined(separator: " or ")); check the row")
            }
        }
    }
}

/// The SHA-256 of a file, read in blocks.
enum FileDigest {
    static func sha256(of path: String) throws(HavenError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read; check its permissions" : "does not exist; check the path"
            throw HavenError(.unreadableFile, "the file \(reason)", at: .start(of: path))
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                hasher.update(data: block)
            }
        } catch {
            throw HavenError(.unreadableFile, "the file could not be read to the end: \(error.localizedDescription)", at: .start(of: path))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
