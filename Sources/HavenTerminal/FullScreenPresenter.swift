import HavenCore
import HavenSurvey

/// The full-screen front-end: arrow keys, numbers, Enter, on the alternate screen.
final class FullScreenPresenter: Presenter {
    let display: FullScreenDisplay
    private let module: SurveyModule
    /// The languages offered: the one given on the command line, or all the module's.
    private let languages: [String]
    private let terminal: TerminalMode?
    /// The respondent's language once chosen.
    private(set) var strings: UIStrings
    /// The module's first language, until a respondent chooses.
    private let defaultStrings: UIStrings

    init(display: FullScreenDisplay, module: SurveyModule, languages: [String], terminal: TerminalMode?) {
        self.display = display
        self.terminal = terminal
        self.module = module
        self.languages = languages
        defaultStrings = UIStrings(language: languages.first ?? Language.required)
        strings = defaultStrings
        resetLanguage()
    }

    private func resetLanguage() {
        use(defaultStrings, help: HelpContent(module: module, strings: defaultStrings))
    }

    func chooseLanguage(among languages: [String]) throws(Interruption) -> String {
        let hints = languages.map { UIStrings(language: $0) }.map { "\($0.keyChoose)  \($0.keyConfirm)  \($0.keyHelp)  \($0.keyQuickExit)" }
        var menu = MenuScreen(heading: UIStrings.chooseLanguage, items: languages.map(Language.nativeName(of:)), hints: hints)
        return languages[try display.run(&menu)]
    }

    func use(_ strings: UIStrings, help: HelpContent) {
        self.strings = strings
        display.strings = strings
        display.help = help
    }

    func askCode(refused: Bool) throws(Interruption) -> String {
        var entry = EntryScreen(
            heading: module.title.text(in: strings.language), prompt: strings.codePrompt, hidesTyping: false, offersHelp: true,
            hints: [strings.keyConfirm, strings.keyHelp, strings.keyQuickExit], message: refused ? strings.codeRefused : nil)
        return try display.run(&entry)
    }

    func showIntro(of session: AnsweringSession) throws(Interruption) -> PageChoice {
        var page = PageScreen.intro(module, strings: strings)
        return try display.run(&page)
    }

    func showNotice(_ section: Section, of session: AnsweringSession) throws(Interruption) -> PageChoice {
        var page = PageScreen.notice(section, module: module, strings: strings)
        return try display.run(&page)
    }

    func ask(_ context: QuestionContext, message: String?) throws(Interruption) -> QuestionResult {
        if context.question.type == .text {
            var screen = TextQuestionScreen(context: context, message: message)
            return try display.run(&screen)
        }
        var screen = ChoiceScreen(context: context, message: message)
        return try display.run(&screen)
    }

    func review(_ session: AnsweringSession, cursorOn questionID: String?, message: String?) throws(Interruption) -> ReviewResult {
        var screen = ReviewScreen(session: session, strings: strings, cursorOn: questionID, message: message)
        return try display.run(&screen)
    }

    func showThanks(closing: String?, receipt: Receipt) {
        guard let help = display.help else { return }
        var page = PageScreen.thanks(closing: closing, help: help, receipt: receipt, strings: strings)
        // The answers are stored: a quick exit, Ctrl-C or the idle timeout here only ends the page.
        _ = try? display.run(&page)
    }

    func showStatement(_ text: String) {
        var page = PageScreen.statement(text, strings: strings)
        _ = try? display.run(&page)
    }

    func waitAtStart(notice: String?) throws(Interruption) -> StartRequest {
        let idleTimeout = display.input.idleTimeout
        display.input.idleTimeout = nil
        defer { display.input.idleTimeout = idleTimeout }
        var page = PageScreen.start(module, languages: languages, notice: notice)
        while true {
            guard try display.run(&page) == .passphrase else { return .begin }
            let hints = [strings.keyConfirm, strings.keyQuickExit]
            var entry = EntryScreen(
                heading: module.title.text(in: strings.language), prompt: strings.passphrasePrompt, hidesTyping: true, offersHelp: false,
                hints: hints)
            do {
                return .close(passphrase: try display.run(&entry))
            } catch .quickExit {
                continue
            }
        }
    }

    func clear() {
        terminal?.discardTypedAhead()
        display.input.discardPending()
        display.clear()
        resetLanguage()
    }
}
