import Foundation
import HavenCSV
import HavenCore
import Testing

@Suite("importing a wide CSV file")
struct ResponseImportTests {
    let period = Period(year: 2026, quarter: 2)!

    func count(_ store: SQLiteStore, _ survey: String = "probe") throws -> Int {
        var count = 0
        try store.forEachResponse(survey: survey, periods: nil) { _ in count += 1 }
        return count
    }

    @Test("a good file is stored in full, multi-choice codes and free text included")
    func goodFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            "in.csv",
            "response_id,period,team,role,affected,supports,comment\r\n"
                + "a1,2026Q2,4,nurse,yes,hr;eap,\"Thanks, \"\"team\"\"\nsecond line\"\r\n"
                + "a2,,1,other,prefer-not,,\r\n")
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        let imported = try ResponseImport(module: try probeModule(), path: file, defaultPeriod: Period(year: 2026, quarter: 1)).run(into: store)
        #expect(imported == 2)
        var responses: [Response] = []
        try store.forEachResponse(survey: "probe", periods: nil) { responses.append($0) }
        let byTeam = Dictionary(uniqueKeysWithValues: responses.map { ($0.answers["team"]?.cell ?? "", $0) })
        #expect(byTeam["4"]?.answers == ["team": .choice("4"), "role": .choice("nurse"), "affected": .choice("yes"), "supports": .choices(["hr", "eap"]), "comment": .text("Thanks, \"team\"\nsecond line")])
        #expect(byTeam["4"]?.period == period)
        #expect(byTeam["1"]?.period == Period(year: 2026, quarter: 1), "--period fills an empty cell")
        #expect(byTeam["1"]?.answers["affected"] == .choice("prefer-not"))
    }

    @Test("one bad cell in row 9,000 refuses the whole file, located, and stores nothing")
    func badCellDeepInTheFile() throws {
        let folder = try TemporaryFolder()
        var text = "period,team,role\n"
        for row in 2...10_000 {
            text += row == 9_000 ? "2026Q2,6,nurse\n" : "2026Q2,\(row % 5 + 1),nurse\n"
        }
        let file = try folder.write("big.csv", text)
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        #expect {
            _ = try ResponseImport(module: try probeModule(), path: file).run(into: store)
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("\(file):9000:2: '6' is not an answer code of question 'team'") && description.contains("Nothing was imported")
        }
        #expect(try count(store) == 0)
    }

    @Test("problems past the twentieth are counted, not listed")
    func manyProblems() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("bad.csv", "period,team\n" + String(repeating: "2026Q2,9\n", count: 25))
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        do {
            _ = try ResponseImport(module: try probeModule(), path: file).run(into: store)
            Issue.record("the import succeeded")
        } catch let error as ImportError {
            #expect(error.problems.count == 20)
            #expect(error.more == 5)
            #expect(error.description.contains("… and 5 more problems"))
        }
    }

    @Test("every kind of bad input is named where it is", arguments: [
        ("team,colour\n3,blue\n", "1:2: unknown column 'colour'"),
        ("team,team\n3,3\n", "1:2: the column 'team' appears twice"),
        ("period,team\n2026Q5,3\n", "2:1: '2026Q5' is not a quarter"),
        ("team\n3\n", "2:1: no period"),
        ("period,survey,team\n2026Q2,wellbeing-pulse,3\n", "2:2: this row is for the survey 'wellbeing-pulse'"),
        ("period,response_id,team\n2026Q2,x,3\n2026Q2,x,4\n", "3:2: the response_id 'x' appears in an earlier row (row 2): this row is repeated; delete it if it is the same response, or give each response its own id"),
        ("period,team,role\n2026Q2,3\n", "2:3: this row has 2 fields but the header has 3"),
        ("period,affected,supports\n2026Q2,no,hr\n", "2:3: 'supports' is answered, but it is only asked when 'affected' is yes"),
        ("period,affected,supports\n2026Q2,yes,hr;eap;leave\n", "2:3: 3 choices; at most 2 may be chosen"),
        ("period,affected,supports\n2026Q2,yes,none;hr\n", "2:3: 'none' cannot be combined with other choices"),
        ("period,team\n2026Q2,\"3\"x\n", "2:2: "),
        ("period,team\n", "2:1: the file has a header but no responses"),
        ("", "1:1: the file is empty"),
    ])
    func badInputs(text: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", text)
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        #expect {
            _ = try ResponseImport(module: try probeModule(), path: file, defaultPeriod: nil).run(into: store)
        } throws: { error in
            "\(error)".hasPrefix("\(file):\(expected)")
        }
        #expect(try count(store) == 0)
    }

    @Test("the same file is not imported twice, unless asked")
    func duplicateFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", "period,team\n2026Q2,3\n")
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        let job = ResponseImport(module: try probeModule(), path: file)
        #expect(try job.run(into: store) == 1)
        #expect {
            _ = try job.run(into: store)
        } throws: { error in
            (error as? StoreError)?.code == .duplicateImport
        }
        var again = job
        again.allowDuplicateFile = true
        #expect(try again.run(into: store) == 1)
        #expect(try count(store) == 2)
    }

    @Test("synthetic data imports cleanly, and the same seed gives the same bytes")
    func syntheticData() throws {
        let folder = try TemporaryFolder()
        for id in ["workplace-support", "session-feedback", "wellbeing-pulse", "supervisor-readiness", "collaborative-outcomes"] {
            let module = try builtIn(id)
            let data = SyntheticResponses(module: module, rows: 400, seed: 11, periods: Period.parseRange("2026Q1..2026Q4") ?? [])
            let first = try CSVWriter.bytes { try data.write(to: $0) }
            let second = try CSVWriter.bytes { try data.write(to: $0) }
            #expect(first == second)
            let file = folder.file("\(id).csv")
            try Data(first).write(to: URL(fileURLWithPath: file))
            let store = try SQLiteStore(path: folder.file("\(id).sqlite"))
            #expect(try ResponseImport(module: module, path: file).run(into: store) == 400, "\(id)")
            #expect(try store.status().map(\.period.description) == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
        }
    }
}
