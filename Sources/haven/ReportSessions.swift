import ArgumentParser
import HavenCore

/// `haven report sessions`.
struct ReportSessions: HavenCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "The session feedback report: each session, all sessions combined, and a comparison (DIR/<survey>-<period>-sessions.html and .csv)."
    )

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: ReportOutputOptions

    @Option(help: "The session feedback module.")
    var survey = "session-feedback"

    @Option(help: "The quarter (default: the latest quarter with responses).")
    var period: Period?

    func validate() throws {
        try outputOptions.validate()
    }

    func run(in context: CommandContext) throws {
        let configuration = try surveyOptions.configuration(in: context)
        let module = try surveyOptions.library(configuration: configuration, in: context).module(id: survey)
        let store = try storeOptions.open(in: context, create: false)
        guard let period = try period ?? store.status().filter({ $0.survey == survey }).map(\.period).max() else {
            throw ValidationError("no responses to '\(survey)' in \(store.path) yet; import some first, or name a --period")
        }
        let job = SessionsReportJob(
            module: module, period: period, language: try outputOptions.language(for: module), templates: try outputOptions.templates(in: context),
            formats: outputOptions.formats, configuration: configuration)
        for path in try job.run(from: .store(store), to: context.resolve(outputOptions.out)) {
            context.output.line(path)
        }
    }
}
