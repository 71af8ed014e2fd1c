import Foundation
import HavenCore
import HavenSurvey
import Testing

@testable import HavenTerminal

/// The pass's decisions around storing, with a scripted respondent and a store that fails.
@Suite("a respondent's pass")
struct RespondentPassTests {
    /// Answers every question with its first option, and records what it was shown.
    final class ScriptedPresenter: Presenter {
        var strings = UIStrings(language: "en")
        var statements: [String] = []
        var receipts: [Receipt] = []

        func chooseLanguage(among languages: [String]) throws(Interruption) -> String { "en" }
        func use(_ strings: UIStrings, help: HelpContent) { self.strings = strings }
        func askCode(refused: Bool) throws(Interruption) -> String {
            if refused { throw .quickExit }
            return "ABCD-EFGH-JKMN"
        }
        func showIntro(of session: AnsweringSession) throws(Interruption) -> PageChoice { .proceed }
        func showNotice(_ section: Section, of session: AnsweringSession) throws(Interruption) -> PageChoice { .skipSection }
        func ask(_ context: QuestionContext, message: String?) throws(Interruption) -> QuestionResult {
            guard let first = context.question.options.first else { return .skip }
            return .answer(context.question.type == .multi ? .choices([first.code]) : .choice(first.code))
        }
        func review(_ session: AnsweringSession, cursorOn questionID: String?, message: String?) throws(Interruption) -> ReviewResult { .submit }
        func showThanks(closing: String?, receipt: Receipt) { receipts.append(receipt) }
        func showStatement(_ text: String) { statements.append(text) }
        func waitAtStart(notice: String?) throws(Interruption) -> StartRequest { .begin }
        func clear() {}
    }

    /// A store whose writes fail the way a full disk or a refused code does.
    func failingStore(_ failure: StoreError) -> StoreAccess {
        StoreAccess(codeIsUsable: { _, _ in true }, append: { _, _ in throw failure })
    }

    func pass(store: StoreAccess, asksForCode: Bool = false) throws -> RespondentPass {
        let module = try SurveyLibrary().module(id: "wellbeing-pulse")
        let sessions = try Dictionary(uniqueKeysWithValues: module.languages.map { ($0, try AnsweringSession(module: module, language: $0)) })
        return RespondentPass(
            module: module, sessions: sessions, language: nil, asksForCode: asksForCode, store: store,
            period: { Period(year: 2026, quarter: 2) ?? Period.containing(Date()) })
    }

    @Test("when the store fails, the respondent is told plainly that nothing was saved, and no receipt is shown")
    func storeFails() throws {
        let presenter = ScriptedPresenter()
        let outcome = try pass(store: failingStore(StoreError(.database, "disk full"))).run(with: presenter)
        #expect(outcome == .notSaved)
        #expect(presenter.statements == [UIStrings(language: "en").notSaved])
        #expect(presenter.receipts.isEmpty)
    }

    @Test("a code refused at submit (used meanwhile at another kiosk) gets the neutral message and nothing is kept")
    func codeRefusedAtSubmit() throws {
        let presenter = ScriptedPresenter()
        let outcome = try pass(store: failingStore(StoreError(.codeRefused, "refused")), asksForCode: true).run(with: presenter)
        #expect(outcome == .notSaved)
        let statement = try #require(presenter.statements.first)
        #expect(statement.hasPrefix("That code can't be used. Check it, or ask for a new one."))
        #expect(statement.contains("NOT saved"))
    }

    @Test("the receipt holds exactly the stored answers, worded as the respondent saw them")
    func receipt() throws {
        let presenter = ScriptedPresenter()
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        #expect(try pass(store: StoreAccess(opening: { store })).run(with: presenter) == .submitted)
        let receipt = try #require(presenter.receipts.first)
        var stored: [Response] = []
        try store.forEachResponse(survey: "wellbeing-pulse", periods: nil) { stored.append($0) }
        try #require(stored.count == 1)
        #expect(receipt.period == stored[0].period)
        #expect(receipt.entries.count == stored[0].answers.count)
        #expect(receipt.entries.first == Receipt.Entry(question: "Do you work directly with patients?", answer: "Yes"))
    }
}
