import Foundation
import Testing

@Suite("haven report quarterly --period with a range of quarters")
struct ReportPeriodRangeTests {
    /// The repository's example modules (the benchmark module among them).
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/examples").path

    /// A folder holding `data.csv`, generated wellbeing-pulse responses.
    private static func generated(rows: Int, seed: Int, periods: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let generated = runHaven(["generate", "wellbeing-pulse", "--rows", "\(rows)", "--seed", "\(seed)", "--periods", periods, "-o", "data.csv"], workingDirectory: folder.path)
        #expect(generated.status == 0, "\(generated.errors)")
        return folder
    }

    @Test("a range writes one report per quarter from one reading of the file")
    func rangeFromCSV() throws {
        let folder = try Self.generated(rows: 300, seed: 4, periods: "2026Q1..2026Q3")
        let result = runHaven(["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", "2026Q1..2026Q3", "--format", "csv", "--out", "out"], workingDirectory: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == ["2026Q1", "2026Q2", "2026Q3"].map { "\(folder.path)/out/wellbeing-pulse-\($0).csv\n" }.joined())
        let single = runHaven(["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", "2026Q2", "--format", "csv", "--out", "one"], workingDirectory: folder.path)
        #expect(single.output == "\(folder.path)/one/wellbeing-pulse-2026Q2.csv\n")
        #expect(try String(contentsOfFile: "\(folder.path)/one/wellbeing-pulse-2026Q2.csv", encoding: .utf8) == String(contentsOfFile: "\(folder.path)/out/wellbeing-pulse-2026Q2.csv", encoding: .utf8))
    }

    @Test("a report from a file with a bad answer says where, and that no report was written: nothing is said of an import")
    func badFile() throws {
        let folder = try Self.generated(rows: 40, seed: 6, periods: "2026Q1")
        var lines = try String(contentsOfFile: folder.path + "/data.csv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "hearing-about-violence"))
        // A row with no quoted comment, whose fields a comma splits.
        let row = try #require(lines.indices.dropFirst().first { !lines[$0].isEmpty && !lines[$0].contains("\"") })
        var fields = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[column] = "99"
        lines[row] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: folder.path + "/data.csv", atomically: true, encoding: .utf8)
        let result = runHaven(["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", "2026Q1", "--format", "csv", "--out", "out"], workingDirectory: folder.path)
        #expect(result.status != 0)
        #expect(result.errors.contains("\(folder.path)/data.csv:\(row + 1):\(column + 1): '99' is not an answer code of question 'hearing-about-violence'"), "\(result.errors)")
        #expect(result.errors.hasSuffix("No report was written. Fix the file and run the report again.\n"), "\(result.errors)")
        #expect(!result.errors.contains("import"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test("--format both writes the page and the CSV of each quarter; an unknown format is refused, naming the choices")
    func formatBoth() throws {
        let folder = try Self.generated(rows: 120, seed: 5, periods: "2026Q1..2026Q2")
        let both = runHaven(["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", "2026Q1..2026Q2", "--format", "both", "--out", "out"], workingDirectory: folder.path)
        #expect(both.status == 0, "\(both.errors)")
        let written = ["2026Q1", "2026Q2"].flatMap { quarter in ["html", "csv"].map { "\(folder.path)/out/wellbeing-pulse-\(quarter).\($0)" } }
        #expect(written.filter { !FileManager.default.fileExists(atPath: $0) } == [])
        let wrong = runHaven(["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", "2026Q1", "--format", "pdf", "--out", "no"], workingDirectory: folder.path)
        #expect(wrong.status != 0)
        #expect(wrong.errors.contains("--format: unknown format 'pdf'; write html, csv, or both for all of them"), "\(wrong.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/no"))
    }

    @Test("a bad or reversed range is refused, saying which part is wrong", arguments: [
        ("2026Q4..2026Q1", "the range '2026Q4..2026Q1' runs backwards: 2026Q4 comes after 2026Q1; write 2026Q1..2026Q4"),
        ("2026Q1..2026Q5", "the end of the range, '2026Q5' is not a quarter"),
        ("2026-1..2026Q4", "the start of the range, '2026-1' is not a quarter"),
        ("2026Q1..", "the range '2026Q1..' has no end"),
        ("2026Q1..2026Q2..2026Q3", "has more than one '..'"),
        ("Q3", "'Q3' is not a quarter; write a quarter like 2026Q3, or a range like 2026Q1..2026Q4"),
    ])
    func badRange(value: String, message: String) throws {
        let folder = try TemporaryFolder()
        let result = runHaven(["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", value, "--out", "out"], workingDirectory: folder.path)
        #expect(result.status != 0)
        #expect(result.errors.contains("--period"), "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test("the benchmark module validates and loads with --surveys, and stays out of the list")
    func benchModule() throws {
        let validate = runHaven(["surveys", "validate", Self.examples + "/bench-likert30.yaml"])
        #expect(validate.status == 0, "\(validate.errors)")
        let shown = runHaven(["surveys", "show", "bench-likert30", "--surveys", Self.examples])
        #expect(shown.status == 0, "\(shown.errors)")
        let listed = runHaven(["surveys", "list"])
        #expect(!listed.output.contains("bench-likert30"))
    }
}
