import Foundation
import HavenCSV
@testable import HavenCore
import HavenSurvey
import Testing

/// The byte-level reading of wide files (import and `report --from-csv`) must store, count and
/// refuse exactly what the general, one-`String`-per-cell checks do.
@Suite("reading wide files without a String per cell")
struct WideFileFastPathTests {
    /// Rows that leave the fast path in every way: spaces around codes, multi-choice lists, free
    /// text with quotes, line breaks and spaces at its ends, an empty period filled by default.
    static let trickyFile =
        "response_id,period,team,role,affected,supports,comment\n"
        + "a1,2026Q2,4,nurse,yes,hr;eap,\"Thanks, \"\"team\"\"\nsecond line\"\n"
        + "a2,,1,other,prefer-not,,\n"
        + "a3,2026q2, 3 ,nurse ,no,,\"  padded text  \"\n"
        + "a4,2026Q2,,,yes,eap ; hr,plain text\n"
        + "a5, 2026Q2 ,na,other,,,\n"

    @Test("imported answers equal the general checks' answers, cell by cell")
    func importMatchesGeneralPath() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", Self.trickyFile)
        let module = try probeModule()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        let fallback = Period(year: 2026, quarter: 1)!
        #expect(try ResponseImport(module: module, path: file, defaultPeriod: fallback).run(into: store) == 5)
        var stored: [String: Response] = [:]
        try store.forEachResponse(survey: "probe", periods: nil) { stored[$0.answers["team"]?.cell ?? "none"] = $0 }

        var expected: [String: [String: AnswerValue]] = [:]
        var rows: [[String]] = []
        try CSVReader(path: file).forEachRow { rows.append($0.strings()) }
        for row in rows.dropFirst() {
            var answers: [String: AnswerValue] = [:]
            for (name, cell) in zip(rows[0], row) {
                guard let question = module.question(id: name) else { continue }
                answers[name] = try AnswerRules.parse(cell: cell, for: question)
            }
            expected[answers["team"]?.cell ?? "none"] = answers
        }
        #expect(stored.mapValues(\.answers) == expected)
        #expect(stored["1"]?.period == fallback, "an empty period cell takes --period")
        #expect(stored["3"]?.answers["comment"] == .text("padded text"))
        #expect(stored["none"]?.answers["supports"] == .choices(["hr", "eap"]), "codes in the module's order")
    }

    @Test("the stored bytes are AnswerEncoding's, byte for byte, after packing and unpacking")
    func encodingMatches() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", Self.trickyFile)
        let module = try probeModule()
        let decoder = WideRowDecoder(module: module, file: file, defaultPeriod: Period(year: 2026, quarter: 1))
        let packing = RowPacking(questions: module.questions)
        let writer = AnswerBytesWriter(questions: module.questions)
        var unpacked = UnpackedRow(questionCount: module.questions.count)
        var rows = 0
        try CSVReader(path: file).forEachRow { row in
            guard decoder.decode(row, repeatsAnID: decoder.repeats.isRepeat(row)) else { return }
            var answers: [String: AnswerValue] = [:]
            for (index, question) in module.questions.enumerated() where decoder.cells[index] >= 0 {
                switch question.type {
                case .text: answers[question.id] = .text(decoder.texts[index] ?? "")
                case .multi: answers[question.id] = .choices(decoder.chosen[index].map { question.options[Int($0)].code })
                default: answers[question.id] = .choice(question.options[Int(decoder.cells[index])].code)
                }
            }
            var packed: [UInt8] = []
            packing.pack(decoder, into: &packed)
            var bytes: [UInt8] = []
            packed.withUnsafeBytes { packing.unpack($0, into: &unpacked) }
            writer.write(unpacked, open: decoder.openValues, into: &bytes)
            #expect(bytes == AnswerEncoding.encode(answers), "row \(row.number)")
            rows += 1
        }
        #expect(rows == 5)
    }

    @Test("counting a file gives the counts of its imported responses", arguments: ["workplace-support", "session-feedback", "wellbeing-pulse", "bench"])
    func countsMatchStore(id: String) throws {
        let folder = try TemporaryFolder()
        let module = id == "bench" ? try benchModule() : try builtIn(id)
        let periods = Period.parseRange("2026Q1..2026Q4") ?? []
        let data = SyntheticResponses(module: module, rows: 600, seed: 5, periods: periods)
        let file = folder.file("\(id).csv")
        try Data(try CSVWriter.bytes { try data.write(to: $0) }).write(to: URL(fileURLWithPath: file))
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        #expect(try ResponseImport(module: module, path: file).run(into: store) == 600)
        let fromStore = try ResponseCounts.read(module, from: store, periods: periods)
        let fromFile = try ResponseCounts.read(module, fromFile: file, periods: periods)
        #expect(Set(fromFile.quarters.keys) == Set(fromStore.quarters.keys))
        for period in periods {
            #expect(fromFile.quarters[period]?.fingerprint == fromStore.quarters[period]?.fingerprint, "\(period)")
            for dimension in fromStore.dimensions {
                #expect(fromFile.quarters[period]?.observedValues(of: dimension) == fromStore.quarters[period]?.observedValues(of: dimension))
            }
        }
        let someQuarters = try ResponseCounts.read(module, fromFile: file, periods: [periods[1]])
        #expect(Array(someQuarters.quarters.keys) == [periods[1]], "rows of other quarters are skipped")
    }

    @Test("option codes of the same length and end letters are told apart, and near misses refused")
    func lookalikeCodes() throws {
        let module = try attackModule(roles: ["rn", "admin", "amdin", "nurse"], nested: false)
        let folder = try TemporaryFolder()
        let period = Period(year: 2026, quarter: 3)!
        let good = try folder.write("good.csv", "period,site,role\n" + ["admin", "amdin", "amdin", "nurse", "rn", ""].map { "2026Q3,a,\($0)\n" }.joined())
        let quarter = try #require(try ResponseCounts.read(module, fromFile: good, periods: [period]).quarters[period])
        #expect(quarter.observedValues(of: "role") == ["admin", "amdin", "nurse", "rn"])
        let role = try #require(quarter.dimensions.firstIndex(of: "role"))
        let amdin = (0..<quarter.atomCount).filter { quarter.value(ofDimension: role, atom: $0) == "amdin" }
        #expect(amdin.reduce(0) { $0 + quarter.respondents[$1] } == 2)
        for miss in ["adxin", "norse", "admim", "nursE"] {
            let file = try folder.write("\(miss).csv", "period,site,role\n2026Q3,a,rn\n2026Q3,a,\(miss)\n")
            #expect {
                _ = try ResponseCounts.read(module, fromFile: file, periods: [period])
            } throws: { error in
                "\(error)".hasPrefix("\(file):3:3: ") && "\(error)".contains("'\(miss)'")
            }
        }
    }

    @Test("a report read from a file refuses it with an import's very problems", arguments: [
        "team,colour\n3,blue\n",
        "period,team\n2026Q5,3\n",
        "period,survey,team\n2026Q2,wellbeing-pulse,3\n",
        "period,response_id,team\n2026Q2,x,3\n2026Q2,y,4\n2026Q2,x,4\n",
        "period,team,role\n2026Q2,3\n",
        "period,affected,supports\n2026Q2,no,hr\n",
        "period,team\n2026Q2,\"3\"x\n",
        "period,team\n2026Q2,6\n2026Q2, 6\n2026Q2,\n",
        "period,team\n",
        "",
    ])
    func sameProblems(text: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", text)
        let module = try probeModule()
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        var importError: ImportError?
        var reportError: ImportError?
        do { _ = try ResponseImport(module: module, path: file).run(into: store) } catch { importError = error as? ImportError }
        do { _ = try ResponseCounts.read(module, fromFile: file, periods: [Period(year: 2026, quarter: 2)!]) } catch { reportError = error as? ImportError }
        let imported = try #require(importError)
        let reported = try #require(reportError)
        #expect(!imported.problems.isEmpty)
        // The same problems, at the same places; only what the file was refused for differs.
        #expect(reported.problems == imported.problems && reported.more == imported.more)
        #expect((imported.refused, reported.refused) == (.import, .report))
    }

    @Test("a repeated response_id is found among many, and distinct ids never are")
    func repeatedIDs() throws {
        let folder = try TemporaryFolder()
        var text = "period,response_id,team\n"
        for row in 0..<20_000 {
            text += "2026Q2,\(String(row, radix: 16)),3\n"
        }
        let clean = try folder.write("clean.csv", text)
        #expect(try ResponseCounts.read(try probeModule(), fromFile: clean, periods: [Period(year: 2026, quarter: 2)!]).quarters.count == 1)
        let repeated = try folder.write("repeated.csv", text + "2026Q2,4e1f,3\n")
        #expect {
            _ = try ResponseCounts.read(try probeModule(), fromFile: repeated, periods: [Period(year: 2026, quarter: 2)!])
        } throws: { error in
            "\(error)".hasPrefix("\(repeated):20002:2: the response_id '4e1f' appears in an earlier row (row 20001): this row is repeated; delete it if it is the same response, or give each response its own id")
        }
    }

    @Test("rows set aside come back complete, prepared, and in id order, bucket after bucket")
    func bucketsReturnRowsInIDOrder() throws {
        let buckets = ImportBuckets(expectedBytes: 12 * ImportBuckets.targetBucketBytes)
        let periods = [Period(year: 2026, quarter: 1)!, Period(year: 2026, quarter: 3)!]
        for index in 0..<5_000 {
            try buckets.append(period: periods[index % 2], payload: Array(String(index).utf8))
        }
        var ids: [[UInt8]] = []
        var seen: [String: Period] = [:]
        let upper: @Sendable () -> (UnsafeRawBufferPointer, inout [UInt8]) -> Void = {
            { payload, prepared in prepared += Array(String(decoding: payload, as: UTF8.self).uppercased().utf8) + [UInt8(ascii: "!")] }
        }
        try buckets.forEachInIDOrder(preparing: upper) { record in
            ids.append(Array(record.id))
            seen[String(decoding: record.prepared, as: UTF8.self)] = buckets.periods[record.period]
        }
        #expect(ids.count == 5_000)
        #expect(ids == ids.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(seen.count == 5_000)
        #expect(seen["7!"] == periods[1] && seen["8!"] == periods[0])
    }

    @Test("the benchmark module reads the benchmark generator's header as it is")
    func benchHeader() throws {
        let module = try benchModule()
        let questions = (1...30).map { String(format: "q%02d", $0) }
        #expect(WideFormat.header(for: module) == ["response_id", "survey", "period", "site", "role", "site_type"] + questions + ["comment"])
        #expect(module.question(id: "site")?.acceptsAnyValue == true)
        #expect(module.nestedDimensions == [["site", "role"]])
    }

    private func benchModule() throws -> SurveyModule {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("surveys/examples").path
        return try SurveyLibrary(overrideDirectory: examples).module(id: "bench-likert30")
    }
}
