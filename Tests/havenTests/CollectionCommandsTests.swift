import Foundation
import Testing

@Suite("haven import, status, codes and generate")
struct CollectionCommandsTests {
    @Test("generate then import: counts per quarter in status, text and JSON")
    func generateImportStatus() throws {
        let folder = try TemporaryFolder()
        let generated = runHaven(["generate", "wellbeing-pulse", "--rows", "120", "--seed", "3", "--periods", "2026Q3..2026Q4", "-o", "data.csv"], workingDirectory: folder.path)
        #expect(generated.status == 0, "\(generated.errors)")
        let imported = runHaven(["import", "wellbeing-pulse", "data.csv", "--store", "s.sqlite"], workingDirectory: folder.path)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output == "Imported 120 responses to wellbeing-pulse from data.csv into \(folder.path)/s.sqlite.\n")

        let status = runHaven(["status", "--format", "json"], workingDirectory: folder.path, environment: ["HAVEN_STORE": "s.sqlite"])
        #expect(status.status == 0, "\(status.errors)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["period"] as? String } == ["2026Q3", "2026Q4"])
        #expect(entries.allSatisfy { $0["survey"] as? String == "wellbeing-pulse" })
        #expect(entries.compactMap { $0["responses"] as? Int }.reduce(0, +) == 120)
        #expect(Set(entries.flatMap(\.keys)) == ["survey", "period", "responses"])

        let text = runHaven(["status", "--store", "s.sqlite"], workingDirectory: folder.path)
        #expect(text.output.hasPrefix("survey           period  responses\nwellbeing-pulse  2026Q3"))

        let again = runHaven(["import", "wellbeing-pulse", "data.csv", "--store", "s.sqlite"], workingDirectory: folder.path)
        #expect(again.status != 0)
        #expect(again.errors.contains("this file was imported before"))
    }

    @Test("generate writes the same bytes to standard output for the same seed")
    func generateToStandardOutput() {
        let first = runHaven(["generate", "session-feedback", "--rows", "50", "--seed", "9"])
        let second = runHaven(["generate", "session-feedback", "--rows", "50", "--seed", "9"])
        let other = runHaven(["generate", "session-feedback", "--rows", "50", "--seed", "10"])
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(first.output != other.output)
        #expect(first.output.hasPrefix("response_id,survey,period,"))
    }

    @Test("a bad file is refused with FILE:ROW:COLUMN and nothing is stored")
    func badImport() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("bad.csv", "period,stress-manageable\n2026Q3,very\n2026Q3,maybe\n")
        let result = runHaven(["import", "wellbeing-pulse", "bad.csv", "--store", "s.sqlite"], workingDirectory: folder.path)
        #expect(result.status != 0)
        #expect(result.errors.contains("\(folder.path)/bad.csv:3:2: 'maybe' is not an answer code"))
        #expect(result.errors.contains("Nothing was imported."))
        let status = runHaven(["status", "--store", "s.sqlite"], workingDirectory: folder.path)
        #expect(status.output.hasPrefix("No responses yet"))
    }

    @Test("a repeated response_id names the row it repeats, counting rows as records, not lines")
    func repeatedResponseID() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("repeat.csv", """
            response_id,period,stress-manageable,what-would-help
            a1,2026Q3,very,"more time
            between patients"
            b2,2026Q3,mostly,
            a1,2026Q3,very,

            """)
        let result = runHaven(["import", "wellbeing-pulse", "repeat.csv", "--store", "s.sqlite"], workingDirectory: folder.path)
        #expect(result.status != 0)
        #expect(result.errors.contains("\(folder.path)/repeat.csv:4:1: the response_id 'a1' appears in an earlier row (row 2): this row is repeated; delete it if it is the same response, or give each response its own id"))
        #expect(result.errors.contains("Nothing was imported."))
    }

    @Test("status on a store that does not exist says so and creates nothing")
    func statusWithoutStore() throws {
        let folder = try TemporaryFolder()
        let result = runHaven(["status"], workingDirectory: folder.path)
        #expect(result.status != 0)
        #expect(result.errors.contains("there is no store at \(folder.path)/haven.sqlite yet"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/haven.sqlite"))
    }

    @Test("codes issue prints the requested number of distinct codes")
    func issueCodes() throws {
        let folder = try TemporaryFolder()
        let result = runHaven(["codes", "issue", "workplace-support", "--count", "25", "--period", "2026Q4"], workingDirectory: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let codes = result.output.split(separator: "\n")
        #expect(codes.count == 25)
        #expect(Set(codes).count == 25)
        let refused = runHaven(["codes", "issue", "workplace-support", "--count", "0"], workingDirectory: folder.path)
        #expect(refused.status != 0)
    }
}
