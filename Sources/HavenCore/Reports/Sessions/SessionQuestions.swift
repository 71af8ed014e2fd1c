import HavenSurvey

/// The roles a session-feedback module's questions play in the sessions report, found from their
/// shape rather than their ids, so an edited module still reports sensibly.
struct SessionQuestions {
    /// Scale questions with per-session wording: the learning objectives.
    var objectives: [Question] = []
    /// Retrospective pairs: (before, now).
    var confidence: [(before: Question, now: Question)] = []
    /// The intent-to-change question.
    var intent: [Question] = []
    /// Multi-choice questions: barriers.
    var barriers: [Question] = []
    /// Other questions with favourable answers: presenters, pace, respect, fit.
    var ratings: [Question] = []
    /// The 0–10 recommendation question.
    var recommendation: Question?
    /// Anything else reported (the partnership stage).
    var others: [Question] = []

    init(module: SurveyModule) {
        let reported = module.questions.filter { !$0.isDimension && $0.type != .text }
        let befores = Set(reported.compactMap(\.before))
        for question in reported {
            if question.isRecommendation {
                recommendation = question
            } else if let before = question.before.flatMap(module.question(id:)) {
                confidence.append((before, question))
            } else if befores.contains(question.id) {
                continue
            } else if question.type == .scale, !question.sessionText.isEmpty {
                objectives.append(question)
            } else if question.scale?.name == "INTENT" {
                intent.append(question)
            } else if question.type == .multi {
                barriers.append(question)
            } else if !question.favorable.isEmpty {
                ratings.append(question)
            } else {
                others.append(question)
            }
        }
    }
}
