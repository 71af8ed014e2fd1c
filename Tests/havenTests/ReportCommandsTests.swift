import Foundation
import HavenCSV
import HavenCore
import HavenSurvey
import Testing

/// Report runs shared by the tests below: the privacy engine is slow on breakdowns in debug
/// builds, so each report is made once.
enum ReportRuns {
    static let wellbeing = Fixtures.path("reports/wellbeing-pulse.csv")
    static let sessions = Fixtures.path("reports/session-feedback.csv")

    /// A folder that lives as long as the test process.
    static func folder(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("haven-report-\(name)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Quarterly wellbeing pulse for 2026Q4 by patient_facing, from the fixture file, in English.
    static let quarterly: (result: CLIResult, folder: String) = {
        let folder = Self.folder("quarterly")
        let result = runHaven([
            "report", "quarterly", "--survey", "wellbeing-pulse", "--period", "2026Q4", "--from-csv", wellbeing, "--by", "patient_facing", "--out", folder,
        ], workingDirectory: folder)
        return (result, folder)
    }()

    /// The session feedback report of 2026Q4 from a store holding the fixture file.
    static let sessionsReport: (result: CLIResult, folder: String) = {
        let folder = Self.folder("sessions")
        let imported = runHaven(["import", "session-feedback", sessions, "--store", "s.sqlite"], workingDirectory: folder)
        guard imported.status == 0 else { return (imported, folder) }
        let result = runHaven(["report", "sessions", "--store", "s.sqlite", "--out", "out"], workingDirectory: folder)
        return (result, folder + "/out")
    }()

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}

@Suite("haven report quarterly and sessions: the files a manager gets")
struct ReportCommandsTests {
    @Test("the quarterly CSV on a fixed seed equals the committed golden file, with TidyCSV's exact columns")
    func quarterlyGolden() throws {
        let run = ReportRuns.quarterly
        #expect(run.result.status == 0, "\(run.result.errors)")
        #expect(run.result.output == "\(run.folder)/wellbeing-pulse-2026Q4.html\n\(run.folder)/wellbeing-pulse-2026Q4.csv\n")
        try expectGolden(run.folder + "/wellbeing-pulse-2026Q4.csv", golden: "reports/golden/wellbeing-pulse-2026Q4.csv")
        let header = try ReportChecks.csvRows(run.folder + "/wellbeing-pulse-2026Q4.csv").header
        #expect(header == ["survey", "period", "group", "question", "measure", "option", "value", "status"])
    }

    @Test("the sessions CSV on a fixed seed equals the committed golden file")
    func sessionsGolden() throws {
        let run = ReportRuns.sessionsReport
        #expect(run.result.status == 0, "\(run.result.errors)")
        try expectGolden(run.folder + "/session-feedback-2026Q4-sessions.csv", golden: "reports/golden/session-feedback-2026Q4-sessions.csv")
    }

    @Test("both pages are inert and self-contained: CSP, no script, nothing external, every chart followed by its table")
    func pagesAreInert() throws {
        let quarterly = try ReportRuns.read(ReportRuns.quarterly.folder + "/wellbeing-pulse-2026Q4.html")
        let sessions = try ReportRuns.read(ReportRuns.sessionsReport.folder + "/session-feedback-2026Q4-sessions.html")
        ReportChecks.expectInert(quarterly, "quarterly")
        ReportChecks.expectInert(sessions, "sessions")
        #expect(quarterly.contains("<svg") && sessions.contains("<svg"), "the pages have charts")
        #expect(quarterly.contains("— not shown to protect confidentiality."))
    }

    @Test("every figure on a page is the value of a shown row of its CSV")
    func figuresMatchCSV() throws {
        let quarterly = ReportRuns.quarterly.folder
        let count = try ReportChecks.expectFiguresMatch(html: try ReportRuns.read(quarterly + "/wellbeing-pulse-2026Q4.html"), csv: quarterly + "/wellbeing-pulse-2026Q4.csv")
        #expect(count > 50)
        let sessions = ReportRuns.sessionsReport.folder
        let sessionCount = try ReportChecks.expectFiguresMatch(
            html: try ReportRuns.read(sessions + "/session-feedback-2026Q4-sessions.html"), csv: sessions + "/session-feedback-2026Q4-sessions.csv")
        #expect(sessionCount > 20)
    }

    @Test("sessions: calculated rows are shown only with all their inputs, and a session too small for a card gets none")
    func sessionsCalculated() throws {
        let folder = ReportRuns.sessionsReport.folder
        let rows = try ReportChecks.csvRows(folder + "/session-feedback-2026Q4-sessions.csv").rows
        let calculated = rows.filter { $0.key.contains("|recommend_index|") || $0.key.contains("|confidence_shift|") }
        #expect(!calculated.isEmpty)
        for (key, row) in calculated {
            #expect(row.status == "shown" ? !row.value.isEmpty : row.value.isEmpty, "\(key)")
        }
        let html = try ReportRuns.read(folder + "/session-feedback-2026Q4-sessions.html")
        #expect(!html.contains("Net Promoter") && !html.contains("NPS"))
        for session in 1...4 {
            let respondents = rows["2026Q4|session=\(session)||respondents|"]
            let hasCard = html.contains("id=\"session-\(session)\"")
            #expect(hasCard == (respondents?.status == "shown"), "session \(session): a card exactly when its respondents are shown")
        }
    }

    @Test("--filter puts the filter's dim=value first in every group, and the page says what it is filtered to")
    func filterComesFirst() throws {
        let folder = ReportRuns.folder("filter")
        // The fixture's fixed clinics are too few to show a breakdown (it would be withheld whole).
        let data = runHaven(["generate", "wellbeing-pulse", "--rows", "1000", "--periods", "2026Q4..2026Q4", "--out", "data.csv"], workingDirectory: folder)
        #expect(data.status == 0, "\(data.errors)")
        let result = runHaven([
            "report", "quarterly", "--survey", "wellbeing-pulse", "--period", "2026Q4", "--from-csv", "data.csv",
            "--filter", "site_type=fixed-clinic", "--by", "patient_facing", "--out", folder,
        ], workingDirectory: folder)
        #expect(result.status == 0, "\(result.errors)")
        let rows = try ReportChecks.csvRows(folder + "/wellbeing-pulse-2026Q4.csv").rows
        let groups = Set(rows.keys.map { $0.split(separator: "|", omittingEmptySubsequences: false)[1] })
        #expect(groups == ["site_type=fixed-clinic", "site_type=fixed-clinic;patient_facing=yes", "site_type=fixed-clinic;patient_facing=no"])
        #expect(rows.contains { $0.key.contains("patient_facing=yes") && $0.value.status == "shown" }, "the breakdown shows figures")
        let key = GroupKey([GroupCondition(dimension: "site_type", value: "fixed-clinic"), GroupCondition(dimension: "patient_facing", value: "yes")])
        #expect(key.description == "site_type=fixed-clinic;patient_facing=yes")
        let html = try ReportRuns.read(folder + "/wellbeing-pulse-2026Q4.html")
        #expect(html.contains("Only respondents with: type of site: Fixed clinic site") || html.contains("Only respondents with: type of site:"))
    }

    @Test("headcounts in haven.yaml give a response rate: a CSV row response_rate and a tile, from the shown respondents")
    func responseRate() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("haven.yaml", "organization: Riverside Community Health\nheadcounts:\n  all: 310\n")
        let result = runHaven([
            "report", "quarterly", "--survey", "wellbeing-pulse", "--period", "2026Q4", "--from-csv", ReportRuns.wellbeing, "--out", "out",
        ], workingDirectory: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let rows = try ReportChecks.csvRows(folder.path + "/out/wellbeing-pulse-2026Q4.csv").rows
        let respondents = try #require(rows["2026Q4|all||respondents|"])
        let rate = try #require(rows["2026Q4|all||response_rate|"])
        #expect(respondents.status == "shown" && rate.status == "shown")
        let expected = String(format: "%.1f", (Double(respondents.value) ?? 0) * 100 / 310)
        #expect(rate.value == expected)
        let html = try ReportRuns.read(folder.path + "/out/wellbeing-pulse-2026Q4.html")
        #expect(html.contains("data-key=\"2026Q4|all||response_rate|\">\(expected)%<"))
        #expect(html.contains("Riverside Community Health"))
        try ReportChecks.expectFiguresMatch(html: html, csv: folder.path + "/out/wellbeing-pulse-2026Q4.csv")
    }

    @Test("--lang es: the page is in Spanish, module labels and the report's own words")
    func spanish() throws {
        let folder = ReportRuns.folder("es")
        let result = runHaven([
            "report", "quarterly", "--survey", "wellbeing-pulse", "--period", "2026Q4", "--from-csv", ReportRuns.wellbeing, "--lang", "es", "--format", "html", "--out", folder,
        ], workingDirectory: folder)
        #expect(result.status == 0, "\(result.errors)")
        let html = try ReportRuns.read(folder + "/wellbeing-pulse-2026Q4.html")
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("Informe trimestral") && html.contains("Métodos y privacidad"))
        #expect(!html.contains("Methods and privacy"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/wellbeing-pulse-2026Q4.csv"), "--format html writes only the page")
        ReportChecks.expectInert(html, "spanish")
    }

    @Test("--templates DIR replaces a built-in template; a broken one fails with its path and line")
    func templateOverride() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("mine/quarterly.mustache", "<!DOCTYPE html><html><head>{{>partials/head}}</head><body><h1>Ours: {{surveyTitle}}</h1></body></html>\n")
        let result = runHaven([
            "report", "quarterly", "--survey", "wellbeing-pulse", "--period", "2026Q4", "--from-csv", ReportRuns.wellbeing, "--templates", "mine", "--format", "html", "--out", "out",
        ], workingDirectory: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        let html = try ReportRuns.read(folder.path + "/out/wellbeing-pulse-2026Q4.html")
        #expect(html.contains("<h1>Ours: Staff Well-Being Check-in</h1>"))
        #expect(html.contains(ReportChecks.policy), "the built-in partials stay available")

        _ = try folder.write("broken/quarterly.mustache", "<p>\n{{#open}}never closed\n")
        let broken = runHaven([
            "report", "quarterly", "--survey", "wellbeing-pulse", "--period", "2026Q4", "--from-csv", ReportRuns.wellbeing, "--templates", "broken", "--out", "out2",
        ], workingDirectory: folder.path)
        #expect(broken.status != 0)
        #expect(broken.errors.contains("broken/quarterly.mustache:"), "\(broken.errors)")
    }

    @Test("the built-in templates never print a value unescaped, and the strings cover every language alike")
    func templatesAreSafe() throws {
        let templates = ReportTemplates.builtIn
        #expect(templates.files.keys.contains("quarterly.mustache") && templates.files.keys.contains("sessions.mustache"))
        for (path, text) in templates.files where path.hasSuffix(".mustache") {
            #expect(!text.contains("{{{") && !text.contains("{{&"), "\(path) has an unescaped variable")
            #expect(!text.lowercased().contains("<script"), "\(path)")
        }
        let english = try templates.strings(language: "en")
        let spanish = try templates.strings(language: "es")
        #expect(Set(english.table.keys) == Set(spanish.table.keys))
        for key in english.table.keys {
            #expect(!english.text(key).uppercased().contains("NPS") && !english.text(key).contains("Net Promoter"))
        }
    }

    /// Compares a report file with its golden copy; `HAVEN_UPDATE_GOLDEN=1` rewrites the copy.
    func expectGolden(_ path: String, golden: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let actual = try ReportRuns.read(path)
        let goldenPath = Fixtures.path(golden)
        if ProcessInfo.processInfo.environment["HAVEN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (goldenPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        }
        let expected = try ReportRuns.read(goldenPath)
        #expect(actual == expected, "\(path) differs from \(golden); rerun with HAVEN_UPDATE_GOLDEN=1 after checking the change", sourceLocation: sourceLocation)
    }
}
