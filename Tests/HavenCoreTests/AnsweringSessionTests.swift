import HavenCore
import HavenSurvey
import Testing

@Suite("one respondent's pass through a module")
struct AnsweringSessionTests {
    let period = Period(year: 2026, quarter: 4)!

    @Test("walks intro, questions, notice and review; the response holds only visible answers")
    func fullPass() throws {
        var session = try AnsweringSession(module: try probeModule(), language: "en")
        #expect(session.step == .intro)
        session.proceed()
        #expect(session.step == .question("team"))
        #expect(session.progress?.index == 1)
        try session.answer(.choice("4"))
        try session.answer(.choice("nurse"))
        #expect(session.step == .notice(section: "personal"))
        session.proceed()
        try session.answer(.choice("yes"))
        #expect(session.step == .question("supports"))
        #expect(session.progress?.total == 5)
        try session.answer(.choices(["eap", "hr"]))
        try session.skip()
        #expect(session.step == .review)
        let response = try session.makeResponse(period: period)
        #expect(response.answers == ["team": .choice("4"), "role": .choice("nurse"), "affected": .choice("yes"), "supports": .choices(["hr", "eap"])])
        #expect(response.survey == "probe")
        #expect(response.version == 2)
        #expect(response.period == period)
    }

    @Test("changing an answer from the review hides what depended on it and asks what it reveals")
    func editFromReview() throws {
        var session = try AnsweringSession(module: try probeModule(), language: "en")
        session.proceed()
        try session.answer(.choice("4"))
        try session.answer(.choice("other"))
        session.proceed()
        try session.answer(.choice("no"))
        try session.skip()
        #expect(session.step == .review)
        #expect(!session.review.map(\.question.id).contains("supports"))

        session.edit("affected")
        try session.answer(.choice("yes"))
        #expect(session.step == .question("supports"), "the newly revealed question is asked")
        try session.answer(.choices(["none"]))
        #expect(session.step == .review, "then straight back to the review")

        session.edit("affected")
        try session.answer(.choice("no"))
        #expect(session.step == .review)
        let response = try session.makeResponse(period: period)
        #expect(response.answers["supports"] == nil, "an answer hidden by a later change is not stored")
    }

    @Test("skipping a sensitive section forgets its answers; going back offers it again")
    func skipSection() throws {
        var session = try AnsweringSession(module: try probeModule(), language: "es")
        session.proceed()
        try session.skip()
        try session.answer(.choice("nurse"))
        session.proceed()
        try session.answer(.choice("yes"))
        session.back()
        session.back()
        #expect(session.step == .notice(section: "personal"))
        session.skipSection()
        #expect(session.step == .question("comment"))
        try session.answer(.text("  Gracias, "))
        let response = try session.makeResponse(period: period)
        #expect(response.answers == ["role": .choice("nurse"), "comment": .text("Gracias,")])
        #expect(session.text(of: try #require(session.module.question(id: "team"))) == "Mi equipo me apoya.")
    }

    @Test("answers are checked against the question")
    func checks() throws {
        var session = try AnsweringSession(module: try probeModule(), language: "en")
        session.proceed()
        #expect(throws: AnswerProblem.self) { try session.answer(.choice("7")) }
        try session.answer(.choice("1"))
        #expect(throws: AnswerProblem("this question needs an answer")) { try session.skip() }
        try session.answer(.choice("other"))
        session.proceed()
        try session.answer(.choice("yes"))
        #expect(throws: AnswerProblem.self) { try session.answer(.choices(["hr", "eap", "leave"])) }
        #expect(throws: AnswerProblem.self) { try session.answer(.choices(["none", "hr"])) }
        #expect(session.step == .question("supports"), "a refused answer changes nothing")
    }

    @Test("a required question left unanswered blocks submitting")
    func requiredQuestion() throws {
        var session = try AnsweringSession(module: try probeModule(), language: "en")
        session.proceed()
        session.goToReview()
        #expect(throws: AnswerProblem.self) { try session.makeResponse(period: period) }
    }

    @Test("session feedback needs its session, which is stored but never asked")
    func sessions() throws {
        let module = try builtIn("session-feedback")
        #expect(throws: AnswerProblem.self) { try AnsweringSession(module: module, language: "en") }
        #expect(throws: AnswerProblem.self) { try AnsweringSession(module: module, language: "en", session: "5") }
        var session = try AnsweringSession(module: module, language: "en", session: "3")
        #expect(!session.visibleQuestions.contains { $0.dimension == Dimension.session })
        #expect(session.visibleQuestions.contains { $0.scale?.name == "STAGE8" }, "session 3 asks the partnership stage")
        session.goToReview()
        let response = try session.makeResponse(period: period)
        #expect(response.answers == ["session": .choice("3")])
        let other = try AnsweringSession(module: module, language: "en", session: "1")
        #expect(!other.visibleQuestions.contains { $0.scale?.name == "STAGE8" })
    }
}
