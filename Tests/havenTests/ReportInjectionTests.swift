import Foundation
import HavenCore
import HavenSurvey
import Testing

@Suite("T26: hostile text in reports is rendered inert")
struct ReportInjectionTests {
    static let module = """
        id: open-check
        version: 1
        languages: [en, es]
        title: {en: Check-in, es: Consulta}
        intro: {en: Anonymous., es: Anónima.}
        sections:
          - id: main
            title: {en: Main, es: Principal}
            questions:
              - id: team
                type: scale
                scale: AGREE5
                text: {en: My team helps, es: Mi equipo ayuda}
              - id: note
                type: text
                text: {en: Anything else?, es: ¿Algo más?}
              - id: site
                type: dimension
                dimension: site
                text: {en: Site, es: Sede}
        """

    static let comments = ["<script>alert(1)</script>", "\" onmouseover=\"x", "</td><img src=x onerror=alert(1)>"]
    static let site = "A&E <Unit>"

    /// Thirty answers in each of two sites, one of them with a hostile name: six of each answer,
    /// so that the site table is shown (one mostly hidden would be withheld whole, names and all).
    func data(in folder: TemporaryFolder) throws -> String {
        var lines = ["period,team,note,site"]
        for site in [Self.site, "North"] {
            for person in 0..<30 {
                lines.append("2026Q4,\(person % 5 + 1),,\"\(site)\"")
            }
        }
        return try folder.write("data.csv", lines.joined(separator: "\n") + "\n")
    }

    @Test("a hostile site name through haven report quarterly --from-csv, and hostile comments in the release, come out escaped")
    func hostileText() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("surveys/open-check.yaml", Self.module)
        let file = try data(in: folder)

        let cli = runHaven([
            "report", "quarterly", "--surveys", "surveys", "--survey", "open-check", "--period", "2026Q4", "--from-csv", file, "--by", "site", "--out", "out",
        ], workingDirectory: folder.path)
        #expect(cli.status == 0, "\(cli.errors)")
        let page = try String(contentsOfFile: folder.path + "/out/open-check-2026Q4.html", encoding: .utf8)
        ReportChecks.expectInert(page, "site name")
        #expect(page.contains("A&amp;E &lt;Unit&gt;"))
        #expect(!page.contains(Self.site))
        try ReportChecks.expectFiguresMatch(html: page, csv: folder.path + "/out/open-check-2026Q4.csv")

        // Comments are wired into releases by the engine; render them as a release would carry them.
        let module = try #require(try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [SurveySource(path: "open-check.yaml", contents: Self.module)]).module(id: "open-check"))
        let period = try #require(Period("2026Q4"))
        var release = try ReleaseJob(module: module, periods: [period.previous, period], by: ["site"], filter: []).run(from: .file(file))
        release.comments[period] = ["note": Self.comments]
        let report = QuarterlyReport(release: release, period: period)
        for language in ["en", "es"] {
            let html = try ReportTemplates.builtIn.render(report.page(strings: try ReportTemplates.builtIn.strings(language: language)), template: "quarterly")
            ReportChecks.expectInert(html, "comments \(language)")
            for comment in Self.comments {
                #expect(!html.contains(comment), "raw comment \(comment) in the page")
            }
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&quot; onmouseover=&quot;x"))
            #expect(html.contains("&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("A&amp;E &lt;Unit&gt;"))
        }
    }
}
