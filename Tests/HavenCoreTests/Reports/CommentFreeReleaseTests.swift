import Foundation
import HavenCSV
@testable import HavenCore
import HavenSurvey
import Testing

/// Only the HTML page shows comments, so a report from a file without it must never hold their
/// texts, and must publish exactly what it would have published beside the page.
@Suite("reports without comments hold no comment text")
struct CommentFreeReleaseTests {
    static let period = Period(year: 2026, quarter: 2)!

    /// A file of `wellbeing-pulse` responses, enough for its comment list to be published.
    private func responses(in folder: TemporaryFolder) throws -> (SurveyModule, String) {
        let module = try builtIn("wellbeing-pulse")
        let data = SyntheticResponses(module: module, rows: 900, seed: 11, periods: [Self.period])
        let file = folder.file("responses.csv")
        try Data(try CSVWriter.bytes { try data.write(to: $0) }).write(to: URL(fileURLWithPath: file))
        return (module, file)
    }

    @Test("a file counted without texts keeps none, and counts every answer as it does with them")
    func countsWithoutTexts() throws {
        let folder = try TemporaryFolder()
        let (module, file) = try responses(in: folder)
        let textQuestions = module.questions.filter { $0.type == .text }.map(\.id)
        try #require(!textQuestions.isEmpty)
        let with = try #require(try ResponseCounts.read(module, fromFile: file, periods: [Self.period]).quarters[Self.period])
        let without = try ResponseCounts.read(module, fromFile: file, periods: [Self.period], keepingTexts: false)
        #expect(!without.keepsTexts)
        let quarter = try #require(without.quarters[Self.period])
        let atoms = Array(0..<quarter.atomCount)
        for question in textQuestions {
            #expect(!with.comments(to: question, in: atoms).isEmpty, "the file has comments to \(question)")
            #expect(quarter.comments(to: question, in: atoms).isEmpty)
        }
        #expect(quarter.respondents == with.respondents)
        var counted: [UInt8] = []
        var countedWithTexts: [UInt8] = []
        for atom in atoms {
            quarter.counts.appendRow(atom, to: &counted)
            with.counts.appendRow(atom, to: &countedWithTexts)
        }
        #expect(counted == countedWithTexts)
    }

    @Test("a release that shows no comments lists none, and every other figure is the same")
    func releaseWithoutComments() throws {
        let folder = try TemporaryFolder()
        let (module, file) = try responses(in: folder)
        let shown = try ReleaseJob(module: module, periods: [Self.period], by: ["role"], filter: []).run(from: .file(file))
        let hidden = try ReleaseJob(module: module, periods: [Self.period], by: ["role"], filter: [], showsComments: false).run(from: .file(file))
        #expect(!(shown.comments[Self.period] ?? [:]).values.joined().isEmpty, "the comparison needs published comments")
        #expect(hidden.comments.values.allSatisfy { $0.isEmpty })
        #expect(hidden.quarantined.values.allSatisfy { $0.isEmpty })
        #expect(!hidden.figures.keys.contains { $0.measure == .comments })
        let others = shown.figures.filter { $0.key.measure != .comments }
        #expect(hidden.figures.count == others.count)
        let differing = hidden.figures.filter { others[$0.key] != $0.value }.map(\.key).sorted()
        #expect(differing.isEmpty, "first differing: \(differing.prefix(5))")
        #expect(hidden.groups == shown.groups)
        #expect(hidden.withheldTables == shown.withheldTables)
    }

    @Test("a CSV-only report writes the CSV the report with its page writes")
    func sameCSV() throws {
        let folder = try TemporaryFolder()
        let (module, file) = try responses(in: folder)
        let csvOnly = try QuarterlyReportJob(module: module, periods: [Self.period], by: ["role"], formats: [.csv]).run(from: .file(file), to: folder.file("csv"))
        let both = try QuarterlyReportJob(module: module, periods: [Self.period], by: ["role"], formats: [.csv, .html]).run(from: .file(file), to: folder.file("both"))
        #expect(csvOnly.count == 1 && both.count == 2)
        let alone = try String(contentsOfFile: csvOnly[0], encoding: .utf8)
        let beside = try String(contentsOfFile: try #require(both.first { $0.hasSuffix(".csv") }), encoding: .utf8)
        #expect(alone == beside)
        #expect(alone.split(separator: "\n").count > 100)
    }

    @Test("a store's release lists comments whatever its reports show: its ledger fingerprints the texts")
    func storeKeepsTexts() throws {
        let folder = try TemporaryFolder()
        let (module, file) = try responses(in: folder)
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        _ = try ResponseImport(module: module, path: file).run(into: store)
        let release = try ReleaseJob(module: module, periods: [Self.period], by: ["role"], filter: [], showsComments: false).run(from: .store(store))
        #expect(!(release.comments[Self.period] ?? [:]).values.joined().isEmpty)
    }
}
