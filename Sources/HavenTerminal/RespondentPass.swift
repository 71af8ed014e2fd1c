import HavenCore
import HavenSurvey

/// One respondent's pass, whatever the front-end: language, participation code, the module's
/// steps as `AnsweringSession` orders them, then storing and the receipt.
///
/// Answers live only in the session value on this stack: an `Interruption` unwinds it and
/// nothing of the pass remains.
struct RespondentPass {
    /// How a pass ended when it was not interrupted.
    enum Outcome: Sendable, Equatable {
        /// The answers are committed to the store.
        case submitted
        /// The store refused or failed; nothing was kept.
        case notSaved
    }

    let module: SurveyModule
    /// A fresh session for each of the module's languages, checked when the take began.
    let sessions: [String: AnsweringSession]
    /// The language given on the command line; nil asks each respondent when there are several.
    let language: String?
    let asksForCode: Bool
    let store: StoreAccess
    /// The quarter to store; asked at submit time, as a kiosk may run across quarters.
    let period: () -> Period

    func run(with presenter: some Presenter) throws(Interruption) -> Outcome {
        let language: String
        if let fixed = self.language {
            language = fixed
        } else {
            language = try chooseLanguage(presenter)
        }
        guard var session = sessions[language] ?? sessions.values.first else { return .notSaved }
        let strings = UIStrings(language: session.language)
        presenter.use(strings, help: HelpContent(module: module, strings: strings))
        var code: String?
        if asksForCode {
            guard let accepted = try acceptCode(presenter) else {
                presenter.showStatement(strings.storeUnavailable)
                return .notSaved
            }
            code = accepted
        }
        let response = try answer(&session, presenter)
        do {
            try store.append(response, code)
        } catch {
            let refusal = (error as? StoreError)?.code == .codeRefused ? strings.codeRefused + "\n\n" : ""
            presenter.showStatement(refusal + strings.notSaved)
            return .notSaved
        }
        presenter.showThanks(closing: module.closing?.text(in: session.language), receipt: Receipt(of: response, session: session))
        return .submitted
    }

    private func chooseLanguage(_ presenter: some Presenter) throws(Interruption) -> String {
        guard module.languages.count > 1 else { return module.languages.first ?? Language.required }
        return try presenter.chooseLanguage(among: module.languages)
    }

    /// A usable code, or nil when the store cannot be read. A refused code is asked again,
    /// with one message that does not say whether it was unknown or used.
    private func acceptCode(_ presenter: some Presenter) throws(Interruption) -> String? {
        var refused = false
        while true {
            let code = try presenter.askCode(refused: refused)
            do {
                if try store.codeIsUsable(code, module.id) { return code }
            } catch {
                return nil
            }
            refused = true
        }
    }

    private func answer(_ session: inout AnsweringSession, _ presenter: some Presenter) throws(Interruption) -> Response {
        var message: String?
        var lastEdited: String?
        while true {
            let shown = message
            message = nil
            switch session.step {
            case .intro:
                if try presenter.showIntro(of: session) == .proceed { session.proceed() }
            case let .notice(sectionID):
                guard let section = session.section(id: sectionID) else {
                    session.proceed()
                    continue
                }
                switch try presenter.showNotice(section, of: session) {
                case .proceed: session.proceed()
                case .skipSection: session.skipSection()
                case .back: session.back()
                case .passphrase: break
                }
            case .question:
                guard let question = session.currentQuestion else {
                    session.goToReview()
                    continue
                }
                let strings = UIStrings(language: session.language)
                let result = try presenter.ask(QuestionContext(question: question, session: session, strings: strings), message: shown)
                do {
                    switch result {
                    case let .answer(value): try session.answer(value)
                    case .skip: try session.skip()
                    case .back: session.back()
                    }
                } catch {
                    message = error.message
                }
            case .review:
                switch try presenter.review(session, cursorOn: lastEdited, message: shown) {
                case let .edit(questionID):
                    lastEdited = questionID
                    session.edit(questionID)
                case .back:
                    session.back()
                case .submit:
                    do {
                        return try session.makeResponse(period: period())
                    } catch {
                        message = error.message
                    }
                }
            }
        }
    }
}
