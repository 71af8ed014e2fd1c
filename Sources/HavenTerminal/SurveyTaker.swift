#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HavenCore
import HavenSurvey

/// `haven take`: runs respondents through a module on this terminal and stores their answers.
///
/// Answers exist only in memory until the respondent submits; every other way out (quick exit,
/// Ctrl-C, a signal, the idle timeout, the end of input) discards them, wipes the screen and the
/// scrollback, restores the terminal and leaves one neutral line.
public struct SurveyTaker {
    private let settings: TakeSettings
    private let sessions: [String: AnsweringSession]
    private let passphrase: PassphraseCheck?

    /// Checks `settings` against the module before anyone starts.
    ///
    /// - Throws: `TakeError` when the language or session does not fit the module, or the kiosk
    ///   passphrase hash is not one.
    public init(settings: TakeSettings) throws(TakeError) {
        let module = settings.module
        if let language = settings.language, !module.languages.contains(language) {
            throw TakeError("the survey '\(module.id)' is not available in '\(language)'; it has: \(module.languages.joined(separator: ", "))")
        }
        var sessions: [String: AnsweringSession] = [:]
        for language in module.languages {
            do {
                sessions[language] = try AnsweringSession(module: module, language: language, session: settings.session)
            } catch {
                throw TakeError(error.message)
            }
        }
        if let hash = settings.kioskPassphraseSHA256 {
            guard let check = PassphraseCheck(sha256Hex: hash) else {
                throw TakeError("the kiosk passphrase hash must be 64 hexadecimal digits (SHA-256)")
            }
            passphrase = check
        } else {
            passphrase = nil
        }
        self.settings = settings
        self.sessions = sessions
    }

    /// Runs one respondent, or respondent after respondent in a kiosk, on `input` and `output`,
    /// storing each submitted response for the quarter `period` gives at that moment.
    ///
    /// `openStore` is called when the store is first needed (a participation code, a submit), or
    /// before anything is shown in a kiosk, so that a single pass that ends early never opens,
    /// and so never touches, the store file.
    ///
    /// - Throws: `TakeError` when the signal handling cannot be set up, or a kiosk's store cannot
    ///   be opened (nothing was shown yet).
    public func run(
        store openStore: @escaping () throws -> any ResponseStore, period: @escaping () -> Period,
        input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO
    ) throws(TakeError) -> TakeOutcome {
        let store = StoreAccess(opening: openStore)
        if passphrase != nil {
            // A kiosk serves many people: a store that cannot be written must stop it before the first.
            do {
                try store.open()
            } catch {
                throw TakeError("\(error)")
            }
        }
        let pass = RespondentPass(
            module: settings.module, sessions: sessions, language: settings.language, asksForCode: settings.asksForCode, store: store,
            period: period)
        Self.disableCoreDumps()
        let isKiosk = passphrase != nil
        // A kiosk must never be stopped or quit from its keyboard; elsewhere Ctrl-\ ends the pass
        // like SIGTERM. Nobody is ever suspended to a shell with answers on the screen.
        let signals = try SignalPipe(
            forwarding: [SIGINT, SIGTERM, SIGHUP, SIGWINCH] + (isKiosk ? [] : [SIGQUIT]),
            ignoring: [SIGTSTP, SIGTTIN, SIGTTOU] + (isKiosk ? [SIGQUIT] : []))
        defer { signals.restore() }
        let waiter = InputWaiter(input: input, signals: signals)
        let mode = TerminalMode(descriptor: input)
        let terminal = TerminalOutput(descriptor: output)
        let idleTimeout = settings.idleTimeout

        switch settings.interface {
        case .fullScreen:
            mode?.enterRaw()
            let keys = KeyInput(waiter: waiter, idleTimeout: idleTimeout)
            let display = FullScreenDisplay(output: terminal, input: keys, usesColor: settings.usesColor, strings: defaultStrings)
            display.begin()
            let presenter = FullScreenPresenter(display: display, module: settings.module, languages: languages, terminal: mode)
            let outcome = drive(pass, presenter)
            display.end(finalLine: presenter.strings.sessionEnded)
            mode?.restore()
            return outcome
        case .plain:
            let lines = LineInput(waiter: waiter, idleTimeout: idleTimeout)
            let console = PlainConsole(output: terminal, input: lines, mode: mode, wipesScreen: isatty(output) == 1)
            let presenter = PlainPresenter(console: console, module: settings.module, languages: languages)
            let outcome = drive(pass, presenter)
            console.wipe()
            console.say(presenter.strings.sessionEnded)
            mode?.restore()
            return outcome
        }
    }

    /// The languages offered: the one given on the command line, or all the module's.
    private var languages: [String] {
        settings.language.map { [$0] } ?? settings.module.languages
    }

    private var defaultStrings: UIStrings {
        UIStrings(language: languages.first ?? Language.required)
    }

    private func drive(_ pass: RespondentPass, _ presenter: any Presenter) -> TakeOutcome {
        if let passphrase {
            return KioskLoop(pass: pass, passphrase: passphrase, presenter: presenter).run()
        }
        do {
            return try pass.run(with: presenter) == .submitted ? .submitted : .notSaved
        } catch {
            return .discarded(error)
        }
    }

    /// A core dump would hold the answers in memory; there must never be one.
    private static func disableCoreDumps() {
        var limit = rlimit(rlim_cur: 0, rlim_max: 0)
        #if canImport(Glibc)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit)
        #else
        _ = setrlimit(RLIMIT_CORE, &limit)
        #endif
    }
}
