import Foundation
import HavenCore
import HavenSurvey
import Testing

@Suite("a quarter the audit withholds")
struct WithheldQuarterTests {
    @Test("the page says why it shows no results, in every language, and shows no figure")
    func withheldPage() throws {
        let folder = try TemporaryFolder()
        let file = try ReportInjectionTests().data(in: folder)
        let module = try #require(
            try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [SurveySource(path: "open-check.yaml", contents: ReportInjectionTests.module)])
                .module(id: "open-check"))
        let period = try #require(Period("2026Q4"))
        var release = try ReleaseJob(module: module, periods: [period], by: ["site"], filter: []).run(from: .file(file))
        // What the engine hands over when it cannot clear a quarter: no figure, no group listed.
        release.withheld = [period]
        release.figures = release.figures.filter { $0.key.period != period }
        release.groups[period] = [:]
        let report = QuarterlyReport(release: release, period: period)
        for language in ["en", "es"] {
            let strings = try ReportTemplates.builtIn.strings(language: language)
            let html = try ReportTemplates.builtIn.render(report.page(strings: strings), template: "quarterly")
            ReportChecks.expectInert(html, "withheld \(language)")
            let note = strings.text("withheld-note")
            #expect(html.contains(note.replacingOccurrences(of: "'", with: "&#39;")), "\(language): the withheld note is missing")
        }
        #expect(report.rows.allSatisfy { !$0.isShown })
    }
}
