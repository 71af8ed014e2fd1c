import Foundation
import GRDB
import HavenCore
import Testing

@Suite("the SQLite response store")
struct SQLiteStoreTests {
    let period = Period(year: 2026, quarter: 3)!

    func responses(in store: SQLiteStore, survey: String = "probe") throws -> [Response] {
        var found: [Response] = []
        try store.forEachResponse(survey: survey, periods: nil) { found.append($0) }
        return found
    }

    @Test("a stored response comes back exactly, and carries nothing else")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        let response = Response(
            survey: "probe", version: 2, period: period,
            answers: ["team": .choice("4"), "supports": .choices(["hr", "eap"]), "comment": .text("Line one,\n\"two\" — ñ 🙂")])
        try store.append(response, code: nil)
        #expect(try responses(in: store) == [response])

        let database = try DatabaseQueue(path: folder.file("s.sqlite"))
        let columns = try database.read { db in try db.columns(in: "response").map(\.name) }
        #expect(columns == ["id", "survey", "version", "period", "answers"])
        let withoutRowID = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'")
        }
        #expect(Set(withoutRowID) == ["response", "participation_code", "imported_file", "ledger_release", "ledger_period", "ledger_figure"])
    }

    @Test("the ledger gives back a release's figures and the tables it withheld whole")
    func ledgerRoundTrip() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        let bySite = BreakdownTable(dimensions: ["site"])
        let nested = BreakdownTable(dimensions: ["site", "role"], filter: [GroupCondition(dimension: "tenure", value: "new;\"odd\"")])
        let size = FigureKey(period: period, group: GroupKey([GroupCondition(dimension: "site", value: "a")]), measure: .respondents)
        let release = LedgerRelease(
            id: "r1", survey: "probe", tables: [.init(dimensions: []), bySite, nested], fingerprints: [period: "f1"],
            figures: [size: .init(count: 12, shown: true)], withheldTables: [period: [nested]])
        try store.record(release)
        try store.record(LedgerRelease(id: "r2", survey: "probe", tables: [bySite], fingerprints: [period: "f2"], figures: [:]))
        let ledger = try store.ledger(survey: "probe")
        #expect(ledger.map(\.id) == ["r1", "r2"])
        #expect(ledger.first == release)
        #expect(ledger.last?.withheldTables.isEmpty == true)
        let hidden = FigureKey(period: period, group: GroupKey(nested.filter + [.init(dimension: "site", value: "a"), .init(dimension: "role", value: "rn")]), measure: .respondents)
        #expect(ledger.first?.had(hidden) == true, "a figure of a table withheld whole")
        #expect(ledger.first?.had(FigureKey(period: period, group: GroupKey([.init(dimension: "site", value: "b")]), measure: .respondents)) == false)
    }

    @Test("the store file is readable by its owner only")
    func filePermissions() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteStore(path: path)
        try store.append(Response(survey: "probe", version: 1, period: period, answers: [:]), code: nil)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode & 0o077 == 0, "\(file) has mode \(String(mode, radix: 8))")
        }
    }

    @Test("storage order says nothing about submission order")
    func storageOrder() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        var submitted: [ResponseID] = []
        for index in 0..<60 {
            let response = Response(survey: "probe", version: 1, period: period, answers: ["team": .choice(String(index % 5 + 1))])
            submitted.append(response.id)
            try store.append(response, code: nil)
        }
        let stored = try responses(in: store).map(\.id)
        #expect(Set(stored) == Set(submitted))
        #expect(stored == stored.sorted(), "read back in id order")
        #expect(stored != submitted, "random ids make id order unrelated to submission order")
    }

    @Test("a participation code works once, and an unknown or used code gets the same refusal")
    func codes() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        let codes = try store.issueCodes(survey: "probe", period: period, count: 3)
        #expect(Set(codes).count == 3)
        #expect(codes.allSatisfy { $0.count == 14 && $0.split(separator: "-").count == 3 })
        let response = Response(survey: "probe", version: 1, period: period, answers: [:])
        #expect(try store.codeIsUsable(codes[0].lowercased(), survey: "probe"))
        try store.append(response, code: codes[0].lowercased())
        var refusals: [String] = []
        for code in [codes[0], "ZZZZ-ZZZZ-ZZZZ"] {
            #expect(try !store.codeIsUsable(code, survey: "probe"))
            do {
                try store.append(Response(survey: "probe", version: 1, period: period, answers: [:]), code: code)
                Issue.record("the code \(code) was accepted")
            } catch {
                #expect(error.code == .codeRefused)
                refusals.append(error.message)
            }
        }
        #expect(refusals.count == 2 && refusals[0] == refusals[1])
        #expect(try !store.codeIsUsable(codes[1], survey: "workplace-support"), "a code is for its own survey")
        #expect(try responses(in: store).count == 1, "a refused code stores nothing")
    }

    @Test("the code table and the response table share no column, and nothing orders them together")
    func codesCannotBeLinked() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteStore(path: path)
        let codes = try store.issueCodes(survey: "probe", period: period, count: 20)
        for code in codes.prefix(10) {
            try store.append(Response(survey: "probe", version: 1, period: period, answers: ["team": .choice("3")]), code: code)
        }
        let database = try DatabaseQueue(path: path)
        try database.read { db in
            let codeColumns = Set(try db.columns(in: "participation_code").map(\.name))
            let responseColumns = Set(try db.columns(in: "response").map(\.name))
            #expect(codeColumns == ["hash", "survey", "period"])
            let shared = codeColumns.intersection(responseColumns)
            #expect(shared == ["survey", "period"], "only the survey and quarter, which every row of a wave shares")
            // Used codes are gone: nothing remains to pair with the stored answers.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM participation_code") == 10)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM response") == 10)
            let timeColumns = try db.columns(in: "response").filter { ["created", "time", "date", "rowid"].contains($0.name) }
            #expect(timeColumns.isEmpty)
            #expect(throws: (any Error).self) { try Int.fetchAll(db, sql: "SELECT rowid FROM response") }
        }
    }

    @Test("a store written by a newer Haven is refused with a clear message")
    func newerStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        _ = try SQLiteStore(path: path)
        let database = try DatabaseQueue(path: path)
        try database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .newerVersion && "\(error)".contains("newer version of Haven")
        }
    }

    @Test("another program's SQLite file is not taken over")
    func foreignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        let database = try DatabaseQueue(path: path)
        try database.write { db in try db.execute(sql: "CREATE TABLE patients (name TEXT)") }
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .cannotOpen && "\(error)".contains("not a Haven response store")
        }
    }

    @Test("status counts responses per survey and quarter")
    func status() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        for (survey, quarter) in [("probe", 3), ("probe", 3), ("probe", 4), ("wellbeing-pulse", 3)] {
            try store.append(Response(survey: survey, version: 1, period: Period(year: 2026, quarter: quarter)!, answers: [:]), code: nil)
        }
        #expect(try store.status() == [
            StatusEntry(survey: "probe", period: Period(year: 2026, quarter: 3)!, responses: 2),
            StatusEntry(survey: "probe", period: Period(year: 2026, quarter: 4)!, responses: 1),
            StatusEntry(survey: "wellbeing-pulse", period: Period(year: 2026, quarter: 3)!, responses: 1),
        ])
        #expect {
            _ = try SQLiteStore(path: folder.file("missing.sqlite"), create: false)
        } throws: { error in
            (error as? StoreError)?.code == .cannotOpen
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.sqlite")))
    }
}
