import Foundation
import Testing

@testable import haven

@Suite("progress on standard error for long runs")
struct ProgressTests {
    /// A clock a second further on at every reading: every run is long.
    private final class SlowClock: @unchecked Sendable {
        private var current = Date()
        func now() -> Date {
            current += 1
            return current
        }
    }

    /// A file of `rows` responses over two quarters: more than the few thousand rows between
    /// reading updates.
    private static func generated(rows: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let generated = runHaven(["generate", "wellbeing-pulse", "--rows", "\(rows)", "--seed", "9", "--periods", "2026Q1..2026Q2", "-o", "data.csv"], workingDirectory: folder.path)
        #expect(generated.status == 0, "\(generated.errors)")
        return folder
    }

    private static let report = ["report", "quarterly", "--survey", "wellbeing-pulse", "--from-csv", "data.csv", "--period", "2026Q1..2026Q2", "--format", "csv"]

    /// The lines drawn, each redrawn in place after a carriage return and a clearing of the line.
    private static func drawn(_ errors: String) -> [String] {
        errors.components(separatedBy: "\r\u{1B}[K").filter { !$0.isEmpty }
    }

    @Test("a long report shows its reading, then each quarter's privacy checks, and clears the bar before listing its files")
    func longReport() throws {
        let folder = try Self.generated(rows: 9_000)
        let clock = SlowClock()
        let result = runHaven(Self.report + ["--out", "out"], workingDirectory: folder.path, clock: clock.now, errorsAreTerminal: true)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == ["2026Q1", "2026Q2"].map { "\(folder.path)/out/wellbeing-pulse-\($0).csv\n" }.joined())
        let lines = Self.drawn(result.errors)
        let reading = lines.filter { $0.hasPrefix("Reading responses [") }
        #expect(reading.count >= 2, "\(lines)")
        #expect(reading.allSatisfy { $0.range(of: #"^Reading responses \[[#.]{30}\] \d{1,3}%$"#, options: .regularExpression) != nil }, "\(reading)")
        // 2025Q4, the quarter before the first, is released too, for the change column: nobody
        // answered then, so it is not counted.
        let checks = lines.filter { $0.hasPrefix("Privacy checks") }
        #expect(checks == [
            "Privacy checks, 2026Q1 (1 of 2) [" + String(repeating: ".", count: 30) + "] 0%",
            "Privacy checks, 2026Q2 (2 of 2) [" + String(repeating: "#", count: 15) + String(repeating: ".", count: 15) + "] 50%",
        ], "\(lines)")
        #expect(lines.count == reading.count + checks.count, "\(lines)")
        #expect(result.errors.hasSuffix("\r\u{1B}[K"), "the bar is cleared at the end")
    }

    @Test("a report writes no bar when standard error is no terminal, or when it is over within half a second")
    func quietRuns() throws {
        let folder = try Self.generated(rows: 5_000)
        let piped = runHaven(Self.report + ["--out", "piped"], workingDirectory: folder.path, clock: SlowClock().now)
        #expect(piped.status == 0, "\(piped.errors)")
        #expect(piped.errors.isEmpty, "\(piped.errors)")
        let instant = Date()
        let quick = runHaven(Self.report + ["--out", "quick"], workingDirectory: folder.path, clock: { instant }, errorsAreTerminal: true)
        #expect(quick.status == 0, "\(quick.errors)")
        #expect(quick.errors.isEmpty, "\(quick.errors)")
    }

    @Test("a long import shows how far it has got and clears the bar before saying what it imported")
    func longImport() throws {
        let folder = try Self.generated(rows: 9_000)
        let result = runHaven(
            ["import", "wellbeing-pulse", "data.csv", "--store", "store.sqlite"], workingDirectory: folder.path, clock: SlowClock().now,
            errorsAreTerminal: true)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Imported 9000 responses"), "\(result.output)")
        let lines = Self.drawn(result.errors)
        #expect(lines.count >= 2 && lines.allSatisfy { $0.hasPrefix("Importing [") }, "\(lines)")
        #expect(lines.last?.hasSuffix("] 100%") == true, "\(lines)")
        #expect(result.errors.hasSuffix("\r\u{1B}[K"))
    }

    @Test("a failing report clears its bar before its error")
    func failingReport() throws {
        let folder = try Self.generated(rows: 9_000)
        // A file cut off in the middle of a quoted field fails once it is read.
        var data = try String(contentsOfFile: folder.path + "/data.csv", encoding: .utf8)
        data += "\"unterminated"
        try data.write(toFile: folder.path + "/data.csv", atomically: true, encoding: .utf8)
        let result = runHaven(Self.report + ["--out", "out"], workingDirectory: folder.path, clock: SlowClock().now, errorsAreTerminal: true)
        #expect(result.status != 0)
        #expect(result.errors.contains("Reading responses ["), "\(result.errors)")
        let afterBar = result.errors.components(separatedBy: "\r\u{1B}[K").last ?? ""
        #expect(afterBar.hasPrefix("Error: \(folder.path)/data.csv:9002:1: a quoted field is never closed"), "\(result.errors)")
    }
}
