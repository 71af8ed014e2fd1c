import ArgumentParser
import HavenCore

/// `haven codes`: participation codes.
struct Codes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Participation codes: each lets one person answer once, and can never be linked to the answers.",
        subcommands: [CodesIssue.self]
    )
}

/// `haven codes issue SURVEY --count N`.
struct CodesIssue: HavenCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: "Create codes to hand out, one per line.")

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The survey module the codes are for.")
    var survey: String

    @Option(help: "How many codes (1 to 100000).")
    var count: Int

    @Option(help: "The quarter the codes are for (default: the current one).")
    var period: Period?

    func validate() throws {
        guard (1...100_000).contains(count) else { throw ValidationError("--count must be between 1 and 100000") }
    }

    func run(in context: CommandContext) throws {
        let module = try surveyOptions.library(in: context).module(id: survey)
        let store = try storeOptions.open(in: context)
        let codes = try store.issueCodes(survey: module.id, period: period ?? Period.containing(context.now()), count: count)
        for code in codes {
            context.output.line(code)
        }
    }
}
