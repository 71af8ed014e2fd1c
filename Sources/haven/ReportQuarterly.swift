import ArgumentParser
import HavenCore

/// `haven report quarterly`.
struct ReportQuarterly: HavenCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarterly",
        abstract: "The quarterly report of one survey: DIR/<survey>-<period>.html and .csv per quarter."
    )

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: ReportOutputOptions

    @Option(help: "The survey module.")
    var survey: String

    @Option(help: "The quarter, or a range like 2026Q1..2026Q4 (one report per quarter, read in one pass).", transform: PeriodRange.init(parsing:))
    var period: PeriodRange

    @Option(help: "Break down by one dimension, or a nested pair the module allows (outer,inner).")
    var by: String?

    @Option(help: "Only respondents with this dimension value, like site_type=mobile (audited like any report).")
    var filter: [String] = []

    @Option(name: .customLong("from-csv"), help: "Report straight from a wide CSV file (a single release, no ledger).")
    var fromCSV: String?

    func validate() throws {
        for condition in filter where condition.split(separator: "=", maxSplits: 1).count != 2 {
            throw ValidationError("--filter takes DIMENSION=VALUE, like site_type=mobile; got '\(condition)'")
        }
        try outputOptions.validate()
    }

    func run(in context: CommandContext) throws {
        let configuration = try surveyOptions.configuration(in: context)
        let module = try surveyOptions.library(configuration: configuration, in: context).module(id: survey)
        let conditions = filter.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            return GroupCondition(dimension: parts[0], value: parts[1])
        }
        let job = QuarterlyReportJob(
            module: module, periods: period.periods, by: by.map { $0.split(separator: ",").map(String.init) } ?? [],
            filter: conditions, language: try outputOptions.language(for: module), templates: try outputOptions.templates(in: context),
            formats: outputOptions.formats, configuration: configuration)
        let source: ResponseSource = try fromCSV.map { .file(context.resolve($0)) } ?? .store(storeOptions.open(in: context, create: false))
        let bar = ProgressBar(sink: context.errors, clock: context.now)
        defer { bar.finish() }
        let paths = try job.run(from: source, to: context.resolve(outputOptions.out), progress: bar.update)
        bar.finish()
        for path in paths {
            context.output.line(path)
        }
    }
}
