import Foundation
import HavenCore
import HavenSurvey

/// The plain front-end: numbered prompts, one line at a time. Typing `x` at any prompt leaves,
/// `?` shows the help resources, `b` goes back, `s` skips.
final class PlainPresenter: Presenter {
    private let console: PlainConsole
    private let module: SurveyModule
    /// The languages offered: the one given on the command line, or all the module's.
    private let languages: [String]
    private let defaultStrings: UIStrings
    /// The respondent's language once chosen.
    private(set) var strings: UIStrings
    private var help: HelpContent

    init(console: PlainConsole, module: SurveyModule, languages: [String]) {
        self.console = console
        self.module = module
        self.languages = languages
        defaultStrings = UIStrings(language: languages.first ?? Language.required)
        strings = defaultStrings
        help = HelpContent(module: module, strings: defaultStrings)
    }

    func chooseLanguage(among languages: [String]) throws(Interruption) -> String {
        while true {
            console.say(UIStrings.chooseLanguage)
            for (index, language) in languages.enumerated() {
                console.say("\(index + 1). \(Language.nativeName(of: language))")
            }
            let answer = try command(languages.map { UIStrings(language: $0).plainChoose }.joined(separator: " · "))
            if let number = Int(answer), languages.indices.contains(number - 1) {
                return languages[number - 1]
            }
        }
    }

    func use(_ strings: UIStrings, help: HelpContent) {
        self.strings = strings
        self.help = help
    }

    func askCode(refused: Bool) throws(Interruption) -> String {
        if refused { console.say(strings.codeRefused) }
        console.say(strings.codePrompt)
        while true {
            let code = try command(strings.plainCodePrompt)
            // The code must not linger on the screen or in the scrollback.
            console.wipe()
            if !code.isEmpty { return code }
        }
    }

    func showIntro(of session: AnsweringSession) throws(Interruption) -> PageChoice {
        console.say(module.title.text(in: strings.language))
        console.say("")
        console.say(module.intro.text(in: strings.language).trimmingTrailingNewlines)
        console.say("")
        _ = try command(strings.plainBegin)
        return .proceed
    }

    func showNotice(_ section: Section, of session: AnsweringSession) throws(Interruption) -> PageChoice {
        console.say("")
        console.say(section.title.text(in: strings.language))
        console.say((section.notice?.text(in: strings.language) ?? "").trimmingTrailingNewlines)
        while true {
            switch try command(strings.plainNotice).lowercased() {
            case "": return .proceed
            case "s": return .skipSection
            case "b": return .back
            default: continue
            }
        }
    }

    func ask(_ context: QuestionContext, message: String?) throws(Interruption) -> QuestionResult {
        let question = context.question
        console.say("")
        console.say(context.position)
        console.say(context.text)
        if let help = context.help { console.say(help) }
        for (index, option) in question.options.enumerated() {
            console.say("\(index + 1). \(option.label.text(in: strings.language))")
        }
        if let current = context.current {
            console.say(strings.currentAnswer(AnswerText.label(of: current, for: question, language: strings.language)) + " " + strings.plainKeepCurrent)
        }
        if let message { console.say(message) }
        let instruction: String
        switch question.type {
        case .text: instruction = strings.plainText
        case .multi: instruction = strings.plainChooseMany
        case .single, .scale, .dimension: instruction = strings.plainChoose
        }
        let commands = question.isOptional ? strings.plainCommands : strings.plainCommandsRequired
        while true {
            let line = try command(instruction + " " + commands)
            switch line.lowercased() {
            case "b":
                return .back
            case "s":
                if question.isOptional { return .skip }
                console.say(strings.needsAnswer)
                continue
            case "":
                if let current = context.current { return .answer(current) }
                if question.type == .text && question.isOptional { return .skip }
                console.say(question.isOptional ? instruction : strings.needsAnswer)
                continue
            default:
                break
            }
            switch parse(line, for: question) {
            case let .success(value): return .answer(value)
            case let .failure(problem): console.say(problem.message)
            }
        }
    }

    func review(_ session: AnsweringSession, cursorOn questionID: String?, message: String?) throws(Interruption) -> ReviewResult {
        let items = session.review
        var message = message
        while true {
            console.say("")
            console.say(strings.reviewHeading)
            for (index, item) in items.enumerated() {
                console.say("\(index + 1). \(session.text(of: item.question))")
                let answer = item.answer.map { AnswerText.label(of: $0, for: item.question, language: strings.language) }
                console.say("   → \(answer ?? strings.noAnswer)")
            }
            if let shown = message { console.say(shown) }
            message = nil
            let line = try command(strings.plainReviewPrompt)
            switch line.lowercased() {
            case "b":
                return .back
            case "":
                if let missing = items.firstIndex(where: { !$0.question.isOptional && $0.answer == nil }) {
                    message = "\(missing + 1). \(strings.needsAnswer)"
                    continue
                }
                if try confirmSubmit() { return .submit }
            default:
                guard let number = Int(line), items.indices.contains(number - 1) else {
                    message = strings.plainNotANumber
                    continue
                }
                return .edit(questionID: items[number - 1].question.id)
            }
        }
    }

    func showThanks(closing: String?, receipt: Receipt) {
        console.say("")
        if let closing {
            console.say(closing.trimmingTrailingNewlines)
            console.say("")
        }
        sayHelp()
        console.say("")
        console.say(strings.receiptHeading)
        console.say(strings.receiptIntro)
        console.say("\(strings.quarter): \(receipt.period)")
        for entry in receipt.entries {
            console.say("- \(entry.question)")
            console.say("  → \(entry.answer)")
        }
        // The answers are stored: the end of input, a signal or the idle timeout only end the page.
        _ = try? console.prompt(strings.plainFinish)
    }

    func showStatement(_ text: String) {
        console.say("")
        console.say(text)
        _ = try? console.prompt(strings.plainFinish)
    }

    func waitAtStart(notice: String?) throws(Interruption) -> StartRequest {
        strings = defaultStrings
        help = HelpContent(module: module, strings: defaultStrings)
        console.say(module.title.text(in: defaultStrings.language))
        if let notice { console.say(notice) }
        let begin = languages.map { UIStrings(language: $0).pressEnterToBegin }.joined(separator: " · ")
        // Ctrl-K then Enter asks for the passphrase that closes the kiosk.
        guard try console.prompt(begin, waitsForever: true) == "\u{0B}" else { return .begin }
        return .close(passphrase: try console.promptHidden(strings.passphrasePrompt))
    }

    func clear() {
        console.discardTypedAhead()
        console.wipe()
    }

    /// Reads a line, handling the commands every prompt shares: `x` leaves, `?` shows help.
    private func command(_ prompt: String) throws(Interruption) -> String {
        while true {
            let line = try console.prompt(prompt).trimmingCharacters(in: .whitespaces)
            switch line.lowercased() {
            case "x": throw .quickExit
            case "?": sayHelp()
            default: return line
            }
        }
    }

    private func sayHelp() {
        console.say("")
        for paragraph in help.paragraphs {
            console.say(paragraph)
            console.say("")
        }
    }

    private func confirmSubmit() throws(Interruption) -> Bool {
        while true {
            switch try command(strings.submitQuestion + " " + strings.plainYesNo).lowercased() {
            case "y", "yes", strings.yes, "sí", "si": return true
            case "n", "no", "b": return false
            default: continue
            }
        }
    }

    /// The answer a line gives to `question`: numbers for choices, the text itself for text.
    private func parse(_ line: String, for question: Question) -> Result<AnswerValue, AnswerProblem> {
        if question.type == .text {
            guard line.count <= question.maxLength else { return .failure(AnswerProblem(strings.tooLong(question.maxLength))) }
            return .success(.text(line))
        }
        let numbers = line.split(whereSeparator: { $0 == " " || $0 == "," }).map { Int($0) }
        let indices = numbers.compactMap { $0.map { $0 - 1 } }.filter(question.options.indices.contains)
        guard !indices.isEmpty, indices.count == numbers.count, Set(indices).count == indices.count else {
            return .failure(AnswerProblem(strings.plainNotANumber))
        }
        guard question.type == .multi else {
            guard indices.count == 1 else { return .failure(AnswerProblem(strings.plainChoose)) }
            return .success(.choice(question.options[indices[0]].code))
        }
        if let max = question.maxChoices, indices.count > max {
            return .failure(AnswerProblem(strings.chooseAtMost(max)))
        }
        if indices.count > 1, let exclusive = indices.first(where: { question.options[$0].isExclusive }) {
            return .failure(AnswerProblem(strings.cannotCombine(question.options[exclusive].label.text(in: strings.language))))
        }
        return .success(.choices(question.options.indices.filter(indices.contains).map { question.options[$0].code }))
    }
}
