import HavenCore
import HavenSurvey

/// Exactly what was stored, shown to the respondent after submitting: the quarter, and each
/// stored answer as question → answer. Nothing else is in a response, so nothing else is shown.
struct Receipt: Sendable, Equatable {
    /// One stored answer.
    struct Entry: Sendable, Equatable {
        var question: String
        var answer: String
    }

    /// The quarter stored with the answers.
    var period: Period
    /// The stored answers, in the module's order.
    var entries: [Entry]

    /// The receipt of `response`, worded as `session` showed the module.
    init(of response: Response, session: AnsweringSession) {
        period = response.period
        entries = session.module.questions.compactMap { question in
            guard let value = response.answers[question.id] else { return nil }
            return Entry(
                question: session.text(of: question),
                answer: AnswerText.label(of: value, for: question, language: session.language))
        }
    }
}
