import ArgumentParser
import Foundation
import HavenCore
import HavenTerminal

/// `haven take SURVEY`: a respondent answers a module on this terminal.
struct Take: HavenCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Answer a survey module on this terminal.",
        discussion: """
            Full screen when run in a terminal: ↑↓ or numbers choose, Enter confirms, b goes back, \
            s skips, ? shows help resources, Esc Esc (or Ctrl-X) leaves at once and discards every \
            answer. Plain numbered prompts with --plain, when ACCESSIBLE is set, or when input or \
            output is not a terminal; type x to leave. Nothing is stored until the respondent submits.
            """
    )

    @Argument(help: "The module id (see 'haven surveys list').")
    var survey: String

    @Option(name: .long, help: "For session feedback: the learning-collaborative session (set here, never asked).")
    var session: String?

    @Option(name: .long, help: "The language; without it, respondents choose when the module has several.")
    var lang: String?

    @Flag(name: .long, help: "Plain numbered prompts, one line at a time, for screen readers and pipes.")
    var plain = false

    @Flag(name: .long, help: "A shared kiosk: respondent after respondent until the configured passphrase is typed (Ctrl-K at the start screen).")
    var kiosk = false

    @Flag(name: .long, help: "Ask each respondent for a participation code (each code works once).")
    var code = false

    @Option(name: .long, help: .hidden)
    var idleTimeout: Int?

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let idleTimeout, !(1...3600).contains(idleTimeout) {
            throw ValidationError("--idle-timeout must be between 1 and 3600 seconds")
        }
    }

    func run(in context: CommandContext) throws {
        let configuration = try surveyOptions.configuration(in: context)
        let module = try surveyOptions.library(configuration: configuration, in: context).module(id: survey).prepared(for: configuration)
        if kiosk && configuration.kioskPassphraseSHA256 == nil {
            throw ValidationError(
                "--kiosk needs a passphrase to close the kiosk: set kiosk_passphrase_sha256 in the configuration (printf '%s' 'the passphrase' | sha256sum)")
        }
        let settings = TakeSettings(
            module: module, language: lang, session: session, asksForCode: code,
            kioskPassphraseSHA256: kiosk ? configuration.kioskPassphraseSHA256 : nil,
            idleTimeout: .seconds(idleTimeout ?? configuration.idleTimeoutSeconds),
            interface: TakeSettings.interface(plainRequested: plain, environment: context.environment, input: STDIN_FILENO, output: STDOUT_FILENO),
            usesColor: TakeSettings.usesColor(environment: context.environment))
        let taker: SurveyTaker
        do {
            taker = try SurveyTaker(settings: settings)
        } catch {
            throw ValidationError(error.message)
        }
        try checkStoreIsWritable(in: context)
        let outcome = try taker.run(store: { try storeOptions.open(in: context) }, period: { Period.containing(context.now()) })
        if outcome.exitStatus != 0 {
            throw ExitCode(outcome.exitStatus)
        }
    }

    /// The store is opened only when a respondent submits (opening it writes to it, and a pass
    /// that ends early must leave no trace), so the operator is told now if it could not be.
    private func checkStoreIsWritable(in context: CommandContext) throws {
        let path = storeOptions.path(in: context)
        let files = FileManager.default
        let writable = files.fileExists(atPath: path)
            ? files.isWritableFile(atPath: path) : files.isWritableFile(atPath: (path as NSString).deletingLastPathComponent)
        guard writable else {
            throw ValidationError("the store \(path) cannot be written; check --store (or HAVEN_STORE) and the folder's permissions")
        }
    }
}
