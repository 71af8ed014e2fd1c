import HavenSurvey

/// Everything `haven report sessions` does, without a terminal: releases the quarter broken down
/// by session and writes `DIR/<survey>-<period>-sessions.csv` and `.html`.
public struct SessionsReportJob: Sendable {
    public var module: SurveyModule
    public var period: Period
    public var language: String
    public var templates: ReportTemplates
    public var formats: [ReportFiles.Format]
    public var configuration: Configuration

    /// Describes the report.
    public init(
        module: SurveyModule, period: Period, language: String = "en", templates: ReportTemplates = .builtIn,
        formats: [ReportFiles.Format] = ReportFiles.Format.allCases, configuration: Configuration = Configuration()
    ) {
        self.module = module
        self.period = period
        self.language = language
        self.templates = templates
        self.formats = formats
        self.configuration = configuration
    }

    /// Runs the release and writes the files into `folder`; returns their paths.
    ///
    /// - Throws: `ReportRequestError` when the module has no session dimension, `ReportError`,
    ///   `StoreError`, `HavenError`.
    public func run(from source: ResponseSource, to folder: String) throws -> [String] {
        guard module.question(forDimension: SessionsReport.dimension) != nil else {
            throw ReportRequestError("'\(module.id)' has no session dimension; the sessions report is for session feedback such as 'session-feedback'")
        }
        let strings = try templates.strings(language: language)
        let release = try ReleaseJob(module: module, periods: [period], by: [SessionsReport.dimension], filter: [], showsComments: formats.contains(.html)).run(from: source)
        let report = SessionsReport(release: release, period: period, organization: configuration.organization)
        return try ReportFiles.write(name: "\(module.id)-\(period)-sessions", survey: module.id, rows: report.rows, formats: formats, to: folder) {
            try templates.render(report.page(strings: strings), template: "sessions")
        }
    }
}
