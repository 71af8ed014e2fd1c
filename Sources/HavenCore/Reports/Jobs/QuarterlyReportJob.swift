import HavenSurvey

/// Everything `haven report quarterly` does, without a terminal: releases each requested quarter
/// together with the quarter before it (so the change column's figures are audited and ledgered
/// in the same engine call), and writes `DIR/<survey>-<period>.csv` and `.html` per quarter.
public struct QuarterlyReportJob: Sendable {
    public var module: SurveyModule
    public var periods: [Period]
    public var by: [String]
    public var filter: [GroupCondition]
    public var language: String
    public var templates: ReportTemplates
    public var formats: [ReportFiles.Format]
    public var configuration: Configuration

    /// Describes the reports.
    public init(
        module: SurveyModule, periods: [Period], by: [String] = [], filter: [GroupCondition] = [], language: String = "en",
        templates: ReportTemplates = .builtIn, formats: [ReportFiles.Format] = ReportFiles.Format.allCases, configuration: Configuration = Configuration()
    ) {
        self.module = module
        self.periods = periods
        self.by = by
        self.filter = filter
        self.language = language
        self.templates = templates
        self.formats = formats
        self.configuration = configuration
    }

    /// Runs the release and writes the files into `folder`; returns their paths. `progress` is
    /// told how far the release has got (`ReleaseJob`).
    ///
    /// - Throws: `ReportRequestError`, `ReportError`, `ImportError`, `StoreError`, `HavenError`.
    public func run(from source: ResponseSource, to folder: String, progress: ((ReleaseProgress) -> Void)? = nil) throws -> [String] {
        let strings = try templates.strings(language: language)
        let released = Array(Set(periods + periods.map(\.previous))).sorted()
        let release = try ReleaseJob(module: module, periods: released, by: by, filter: filter, showsComments: formats.contains(.html)).run(from: source, progress: progress)
        var paths: [String] = []
        for period in periods {
            let report = QuarterlyReport(
                release: release, period: period, filter: filter, organization: configuration.organization,
                sites: configuration.sites, calculated: CalculatedFigures(headcounts: configuration.headcounts))
            paths += try ReportFiles.write(name: "\(module.id)-\(period)", survey: module.id, rows: report.rows, formats: formats, to: folder) {
                try templates.render(report.page(strings: strings), template: "quarterly")
            }
        }
        return paths
    }
}
