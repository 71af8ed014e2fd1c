import HavenCore
import HavenSurvey
import Testing

@testable import HavenTerminal

/// The screens' keys and drawings, without a terminal.
@Suite("screens")
struct ScreenTests {
    func session(at questionID: String, answers: [String: AnswerValue] = [:]) throws -> AnsweringSession {
        var session = try AnsweringSession(module: try SurveyLibrary().module(id: "workplace-support"), language: "en")
        session.proceed()
        while session.currentQuestion?.id != questionID {
            if case .notice = session.step {
                session.proceed()
            } else if let id = session.currentQuestion?.id, let answer = answers[id] {
                try session.answer(answer)
            } else {
                try session.skip()
            }
        }
        return session
    }

    func choiceScreen(_ questionID: String, answers: [String: AnswerValue] = [:]) throws -> ChoiceScreen {
        let session = try session(at: questionID, answers: answers)
        let question = try #require(session.currentQuestion)
        return ChoiceScreen(context: QuestionContext(question: question, session: session, strings: UIStrings(language: "en")))
    }

    @Test("Enter with nothing highlighted records nothing")
    func noAccidentalAnswer() throws {
        var screen = try choiceScreen("policy-awareness")
        guard case .stay = screen.handle(.enter) else { Issue.record("Enter chose an answer nobody picked"); return }
        #expect(screen.message == "Choose an answer with ↑↓ or its number first.")
        _ = screen.handle(.character("2"))
        #expect(screen.frame(width: 60).text.contains("> (•) 2. Yes, but I'm not sure where to find it"))
        guard case .done(.answer(.choice("yes-not-sure-where"))) = screen.handle(.enter) else { Issue.record("Enter did not confirm"); return }
    }

    @Test("multi-choice: numbers tick, an exclusive option clears the others, and the maximum holds")
    func multiChoice() throws {
        var screen = try choiceScreen("what-would-help")
        for key: Character in ["1", "2", "3"] { _ = screen.handle(.character(key)) }
        #expect(screen.list.chosen == [0, 1, 2])
        _ = screen.handle(.character("4"))
        #expect(screen.message == "Choose up to 3.")
        #expect(screen.list.answer == .choices(["clearer-policy", "supervisor-training", "leave-info"]))

        var supports = try choiceScreen("supports-used", answers: ["affected-at-work": .choice("yes")])
        _ = supports.handle(.character("1"))
        _ = supports.handle(.character("9"))
        #expect(supports.list.answer == .choices(["none"]))
        let frame = supports.frame(width: 70).text
        #expect(frame.contains("[ ] 1. Talked with my supervisor"))
        #expect(frame.contains("> [x] 9. None of these"))
    }

    @Test("the footer always shows the keys, and skip only for optional questions")
    func footer() throws {
        let screen = try choiceScreen("policy-awareness")
        let footer = screen.frame(width: 100).footer.map(\.text).joined(separator: " ")
        for hint in ["b back", "s skip", "? help", "Esc Esc quick exit", "Enter confirm"] {
            #expect(footer.contains(hint))
        }
        #expect(screen.frame(width: 100).body.contains { $0.text.contains("Question 1 of") })
    }

    @Test("a text question types b, s and ? as letters once something is typed")
    func textQuestion() throws {
        let session = try session(at: "anything-else")
        let question = try #require(session.currentQuestion)
        var screen = TextQuestionScreen(context: QuestionContext(question: question, session: session, strings: UIStrings(language: "es")))
        for character in "bs?" { _ = screen.handle(.character(character)) }
        #expect(screen.editor.text == "bs?")
        guard case .done(.answer(.text("bs?"))) = screen.handle(.enter) else { Issue.record("the text was not the answer"); return }
        var empty = TextQuestionScreen(context: QuestionContext(question: question, session: session, strings: UIStrings(language: "es")))
        guard case .help = empty.handle(.character("?")) else { Issue.record("? on an empty box is help"); return }
        guard case .done(.skip) = empty.handle(.enter) else { Issue.record("Enter on an empty box skips"); return }
    }

    @Test("the review lists every answer and submits from its last line")
    func review() throws {
        var session = try session(at: "confidential-help-known", answers: ["policy-awareness": .choice("not-sure")])
        session.goToReview()
        var screen = ReviewScreen(session: session, strings: UIStrings(language: "en"))
        let text = screen.frame(width: 80).text
        #expect(text.contains("→ Not sure"))
        #expect(text.contains("→ (no answer)"))
        guard case .done(.edit("policy-awareness")) = screen.handle(.enter) else { Issue.record("Enter on an answer edits it"); return }
        _ = screen.handle(.end)
        guard case .done(.submit) = screen.handle(.enter) else { Issue.record("Enter on the last line submits"); return }
    }
}
