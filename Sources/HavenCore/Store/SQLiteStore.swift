import Crypto
import Foundation
import GRDB
import GRDBSQLite

/// The embedded response store: one SQLite file (GRDB), safe for several kiosks writing at once.
///
/// - WAL mode with a busy timeout, and `IMMEDIATE` write transactions, so concurrent writers
///   queue instead of failing.
/// - The file and its WAL and shared-memory files are readable by their owner only (0600).
/// - `secure_delete` zeroes deleted content, and after each single response the WAL is truncated
///   when no other connection holds it, so the file keeps as little history as SQLite allows.
public final class SQLiteStore: ResponseStore {
    /// The store file's path.
    public let path: String
    private let database: DatabaseQueue

    /// How long a writer waits for another before giving up.
    public static let busyTimeout: TimeInterval = 30

    /// Opens the store at `path`, creating it (mode 0600) when it does not exist and `create` is true.
    ///
    /// - Throws: `StoreError.cannotOpen` when the file is missing (and not to be created), is not a
    ///   Haven store, or cannot be created; `StoreError.newerVersion` when a newer Haven wrote it.
    public init(path: String, create: Bool = true) throws(StoreError) {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw StoreError(.cannotOpen, "there is no store at \(path) yet; responses create it, or give --store")
        }
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // WAL is recorded in the file: set once, later opens write nothing. GRDB's `.wal` setting
            // creates and drops a table whenever the WAL file is absent (every open), which would
            // change the file each time a kiosk merely opens it.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        database = try Self.whileOpeningExclusively(path) { () throws(StoreError) -> DatabaseQueue in
            try Self.createPrivately(path)
            do {
                let database = try DatabaseQueue(path: path, configuration: configuration)
                try database.read { db in
                    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    guard applicationID == StoreSchema.applicationID || (applicationID == 0 && tables == 0) else {
                        throw StoreError(.cannotOpen, "\(path) is a SQLite file but not a Haven response store; choose another --store path")
                    }
                    if try StoreSchema.migrator.hasBeenSuperseded(db) {
                        throw StoreError(.newerVersion, "\(path) was written by a newer version of Haven; use that version, or a new --store path")
                    }
                }
                try StoreSchema.migrator.migrate(database)
                return database
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(.cannotOpen, "cannot open the store \(path): \(Self.describe(error))")
            }
        }
    }

    /// Runs `body` holding an advisory lock on the store's folder.
    ///
    /// GRDB's migrator checks which migrations ran outside the transactions that run them, so two
    /// kiosks opening a new store at the same moment could both try to create it. Locking the
    /// folder (not the database file, whose POSIX locks SQLite owns) serialises opening only.
    private static func whileOpeningExclusively<T>(_ path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError(.cannotOpen, "cannot open the folder of the store \(path): \(String(cString: strerror(errno))); check it exists")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    public func append(_ response: Response, code: String?) throws(StoreError) {
        try storeTransaction { db in
            if let code {
                try db.execute(
                    sql: "DELETE FROM participation_code WHERE hash = ? AND survey = ?",
                    arguments: [ParticipationCodes.hash(code), response.survey])
                guard db.changesCount == 1 else {
                    throw StoreError(.codeRefused, "that participation code cannot be used; check it, or ask for a new one")
                }
            }
            try Self.insert(response, into: db)
        }
        truncateJournal()
    }

    public func codeIsUsable(_ code: String, survey: String) throws(StoreError) -> Bool {
        do {
            return try database.read { db in
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM participation_code WHERE hash = ? AND survey = ?)",
                    arguments: [ParticipationCodes.hash(code), survey]) ?? false
            }
        } catch {
            throw StoreError(.database, "cannot read the store \(path): \(Self.describe(error))")
        }
    }

    public func importResponses(
        survey: String, version: Int, digest: String, allowDuplicate: Bool,
        _ produce: (_ insert: (ImportedResponse) throws -> Void) throws -> Void
    ) throws -> Int {
        var count = 0
        try writeTransaction(preferringRollbackJournal: true) { db in
            let known = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM imported_file WHERE digest = ?)", arguments: [digest]) ?? false
            if known && !allowDuplicate {
                throw StoreError(.duplicateImport, "this file was imported before (same contents); nothing was stored. Use --allow-duplicate-file if that is really intended")
            }
            // Bound through SQLite's C interface: a million rows would otherwise cost a million
            // argument arrays and `Data` copies, more than the inserts themselves.
            let statement = try db.makeStatement(sql: Self.insertSQL)
            let raw = statement.sqliteStatement
            sqlite3_bind_text(raw, 2, survey, -1, Self.transient)
            sqlite3_bind_int64(raw, 3, Int64(version))
            var periodTexts: [Period: ContiguousArray<CChar>] = [:]
            try produce { response in
                let text = periodTexts[response.period] ?? ContiguousArray(response.period.description.utf8CString)
                periodTexts[response.period] = text
                let status = text.withUnsafeBufferPointer { period in
                    sqlite3_bind_blob(raw, 1, response.id.baseAddress, Int32(response.id.count), nil)
                    sqlite3_bind_text(raw, 4, period.baseAddress, Int32(period.count - 1), nil)
                    // A response with no answer at all still needs a non-null pointer: SQLite reads
                    // a null one as NULL, not as an empty blob.
                    sqlite3_bind_blob(raw, 5, response.answers.baseAddress ?? UnsafeRawPointer(period.baseAddress!), Int32(response.answers.count), nil)
                    defer { sqlite3_reset(raw) }
                    return sqlite3_step(raw)
                }
                guard status == SQLITE_DONE else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                count += 1
            }
            try db.execute(sql: "INSERT OR IGNORE INTO imported_file (digest) VALUES (?)", arguments: [digest])
        }
        truncateJournal()
        return count
    }

    public func issueCodes(survey: String, period: Period, count: Int) throws(StoreError) -> [String] {
        var codes: [String] = []
        try storeTransaction { db in
            let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO participation_code (hash, survey, period) VALUES (?, ?, ?)")
            while codes.count < count {
                let code = ParticipationCodes.make()
                try statement.execute(arguments: [ParticipationCodes.hash(code), survey, period.description])
                if db.changesCount == 1 {
                    codes.append(code)
                }
            }
        }
        return codes
    }

    public func status() throws(StoreError) -> [StatusEntry] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT survey, period, count(*) AS n FROM response GROUP BY survey, period ORDER BY survey, period")
                    .compactMap { row in
                        guard let period = Period(row["period"] as String) else { return nil }
                        return StatusEntry(survey: row["survey"], period: period, responses: row["n"])
                    }
            }
        } catch {
            throw StoreError(.database, "cannot read the store \(path): \(Self.describe(error))")
        }
    }

    public func ledger(survey: String) throws(StoreError) -> [LedgerRelease] {
        do {
            return try database.read { db in
                var releases: [String: LedgerRelease] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, tables FROM ledger_release WHERE survey = ? ORDER BY id", arguments: [survey]) {
                    let id: String = row["id"]
                    guard let tables = LedgerCoding.decodeTables(row["tables"]) else { throw Self.damagedLedger(path) }
                    releases[id] = LedgerRelease(id: id, survey: survey, tables: tables, fingerprints: [:], figures: [:])
                }
                let periods = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT p.release_id, p.period, p.fingerprint, p.withheld_tables
                        FROM ledger_period p JOIN ledger_release r ON r.id = p.release_id WHERE r.survey = ?
                        """,
                    arguments: [survey])
                while let row = try periods.next() {
                    guard let period = Period(row["period"] as String), let withheld = LedgerCoding.decodeTables(row["withheld_tables"])
                    else { throw Self.damagedLedger(path) }
                    releases[row["release_id"]]?.fingerprints[period] = row["fingerprint"]
                    if !withheld.isEmpty { releases[row["release_id"]]?.withheldTables[period] = withheld }
                }
                let figures = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT f.release_id, f.period, f.grp, f.question, f.measure, f.option, f.count, f.shown
                        FROM ledger_figure f JOIN ledger_release r ON r.id = f.release_id WHERE r.survey = ?
                        """,
                    arguments: [survey])
                while let row = try figures.next() {
                    guard let period = Period(row["period"] as String), let group = LedgerCoding.decodeGroup(row["grp"]),
                        let measure = Measure(rawValue: row["measure"])
                    else { throw Self.damagedLedger(path) }
                    let question: String = row["question"]
                    let option: String = row["option"]
                    let key = FigureKey(period: period, group: group, question: question.isEmpty ? nil : question, measure: measure, option: option.isEmpty ? nil : option)
                    releases[row["release_id"]]?.figures[key] = LedgerRelease.Entry(count: row["count"], shown: row["shown"])
                }
                return releases.keys.sorted().compactMap { releases[$0] }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "cannot read the publication ledger of \(path): \(Self.describe(error))")
        }
    }

    public func record(_ release: LedgerRelease) throws(StoreError) {
        try storeTransaction { db in
            try db.execute(
                sql: "INSERT INTO ledger_release (id, survey, tables) VALUES (?, ?, ?)",
                arguments: [release.id, release.survey, LedgerCoding.encode(release.tables)])
            for (period, fingerprint) in release.fingerprints {
                try db.execute(
                    sql: "INSERT INTO ledger_period (release_id, period, fingerprint, withheld_tables) VALUES (?, ?, ?, ?)",
                    arguments: [release.id, period.description, fingerprint, LedgerCoding.encode(release.withheldTables[period] ?? [])])
            }
            let statement = try db.makeStatement(
                sql: "INSERT INTO ledger_figure (release_id, period, grp, question, measure, option, count, shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for (key, entry) in release.figures {
                try statement.execute(arguments: [
                    release.id, key.period.description, LedgerCoding.encode(key.group), key.question ?? "", key.measure.rawValue, key.option ?? "",
                    entry.count, entry.shown,
                ])
            }
        }
    }

    private static func damagedLedger(_ path: String) -> StoreError {
        StoreError(.database, "the publication ledger in \(path) is damaged; restore the store from a backup")
    }

    public func forEachResponse(survey: String, periods: [Period]?, _ body: (Response) throws -> Void) throws {
        try database.read { db in
            var sql = "SELECT id, survey, version, period, answers FROM response WHERE survey = ?"
            var arguments: StatementArguments = [survey]
            if let periods {
                sql += " AND period IN (\(periods.map { _ in "?" }.joined(separator: ",")))"
                arguments += StatementArguments(periods.map(\.description))
            }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                try body(try Self.response(from: row, path: path))
            }
        }
    }

    // MARK: Rows

    /// SQLite's "copy the value now" destructor, which Swift cannot spell as a constant.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static let insertSQL = "INSERT INTO response (id, survey, version, period, answers) VALUES (?, ?, ?, ?, ?)"

    private static func arguments(for response: Response) -> StatementArguments {
        [Data(response.id.bytes), response.survey, response.version, response.period.description, Data(AnswerEncoding.encode(response.answers))]
    }

    private static func insert(_ response: Response, into db: Database) throws {
        try db.execute(sql: insertSQL, arguments: arguments(for: response))
    }

    private static func response(from row: Row, path: String) throws -> Response {
        let idBytes: Data = row["id"]
        let answerBytes: Data = row["answers"]
        guard let id = ResponseID(bytes: idBytes), let period = Period(row["period"] as String),
            let answers = AnswerEncoding.decode(answerBytes)
        else {
            throw StoreError(.database, "the store \(path) holds a damaged response; restore it from a backup")
        }
        return Response(survey: row["survey"], version: row["version"], period: period, answers: answers, id: id)
    }

    // MARK: Plumbing

    /// Runs `body` in an IMMEDIATE transaction (the write lock is taken up front, so a busy store
    /// makes writers wait instead of failing mid-transaction), committing only if it returns.
    /// Database failures become `StoreError`; any other error `body` throws passes unchanged.
    ///
    /// With `preferringRollbackJournal`, for a transaction writing a large part of the file (an
    /// import): when no other connection has the store open, it runs in SQLite's rollback-journal
    /// mode, which writes new pages once, straight into the file, where WAL writes them twice
    /// (log, then checkpoint). The store returns to WAL right after; a crash in between is rolled
    /// back from the journal, and the next opening sets WAL again.
    private func writeTransaction(preferringRollbackJournal: Bool = false, _ body: (Database) throws -> Void) throws {
        do {
            try database.writeWithoutTransaction { db in
                let switched = preferringRollbackJournal && Self.leaveWAL(db)
                defer {
                    if switched { _ = try? db.execute(sql: "PRAGMA journal_mode = WAL") }
                }
                try db.inTransaction(.immediate) {
                    try body(db)
                    return .commit
                }
            }
        } catch let error as DatabaseError {
            throw StoreError(.database, "the store \(path) could not be written, and nothing was changed: \(Self.describe(error))")
        }
    }

    /// Switches to the rollback journal if that can be done at once: another connection (a
    /// kiosk) keeps the store in WAL mode, and then nothing waits for it.
    private static func leaveWAL(_ db: Database) -> Bool {
        let connection = db.sqliteConnection
        sqlite3_busy_timeout(connection, 0)
        defer { sqlite3_busy_timeout(connection, Int32(busyTimeout * 1000)) }
        return (try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")) == "delete"
    }

    /// `writeTransaction` for the methods that throw only `StoreError`.
    private func storeTransaction(_ body: (Database) throws -> Void) throws(StoreError) {
        do {
            try writeTransaction(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "the store \(path) could not be written, and nothing was changed: \(Self.describe(error))")
        }
    }

    /// Best effort: another kiosk's open connection makes this a no-op until a later write.
    private func truncateJournal() {
        _ = try? database.writeWithoutTransaction { db in
            try db.checkpoint(.truncate)
        }
    }

    private static func createPrivately(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError(.cannotOpen, "cannot create or open the store \(path): \(String(cString: strerror(errno))); check the folder exists and is writable")
        }
        close(descriptor)
        _ = chmod(path, 0o600)
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return String(describing: error)
    }
}
