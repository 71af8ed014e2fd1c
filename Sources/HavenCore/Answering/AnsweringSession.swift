import HavenSurvey

/// One respondent's pass through a module, independent of any user interface.
///
/// The terminal front-ends drive it; it decides what comes next (skip logic, content notices,
/// review), checks every answer, and produces the `Response` to store. It holds answers only in
/// memory: dropping the value discards them.
public struct AnsweringSession: Sendable {
    /// Where the respondent is.
    public enum Step: Sendable, Hashable {
        /// The module's introduction with the anonymity promise.
        case intro
        /// A content notice before a section, offering to skip it.
        case notice(section: String)
        /// A question, by id.
        case question(String)
        /// The review of every answer before submitting.
        case review
    }

    /// One line of the review screen.
    public struct ReviewItem: Sendable, Hashable {
        public var question: Question
        public var answer: AnswerValue?
    }

    /// The module being answered.
    public let module: SurveyModule
    /// The language shown.
    public let language: String
    /// The learning-collaborative session, for modules with a `session` dimension.
    public let session: String?
    /// Where the respondent is now.
    public private(set) var step: Step = .intro

    private var answers: [String: AnswerValue] = [:]
    private var fixedAnswers: [String: AnswerValue] = [:]
    private var skippedSections: Set<String> = []
    private var visited: Set<String> = []
    private var reviewing = false

    /// Starts a pass through `module` in `language`.
    ///
    /// - Throws: `AnswerProblem` when the module needs a session and none (or an unknown one) is given,
    ///   or when it is not available in `language`.
    public init(module: SurveyModule, language: String, session: String? = nil) throws(AnswerProblem) {
        guard module.languages.contains(language) else {
            throw AnswerProblem("the survey '\(module.id)' is not available in '\(language)'; it has: \(module.languages.joined(separator: ", "))")
        }
        self.module = module
        self.language = language
        let sessionQuestion = module.question(forDimension: Dimension.session)
        switch (sessionQuestion, session) {
        case let (question?, code?):
            guard question.option(code: code) != nil else {
                throw AnswerProblem("the survey '\(module.id)' has no session \(code); its sessions are \(question.options.map(\.code).joined(separator: ", "))")
            }
            fixedAnswers[question.id] = .choice(code)
            self.session = code
        case let (question?, nil):
            throw AnswerProblem("the survey '\(module.id)' is answered for one session: give --session \(question.options.map(\.code).joined(separator: "|"))")
        case (nil, _?):
            throw AnswerProblem("the survey '\(module.id)' has no sessions; leave out --session")
        case (nil, nil):
            self.session = nil
        }
    }

    // MARK: What is shown

    /// The question at the current step, if the step is a question.
    public var currentQuestion: Question? {
        guard case let .question(id) = step else { return nil }
        return module.question(id: id)
    }

    /// The wording of `question` for this respondent's session and language.
    public func text(of question: Question) -> String {
        question.text(forSession: session).text(in: language)
    }

    /// The current answer to a question, if it is visible and answered.
    public func answer(to questionID: String) -> AnswerValue? {
        answers[questionID]
    }

    /// "Question 4 of 17": the current question's position among the questions this respondent will
    /// see, given the answers so far.
    public var progress: (index: Int, total: Int)? {
        let visible = visibleQuestions.map(\.id)
        guard case let .question(id) = step, let index = visible.firstIndex(of: id) else { return nil }
        return (index + 1, visible.count)
    }

    /// The questions this respondent is asked, given the answers so far and the sections skipped.
    public var visibleQuestions: [Question] {
        module.sections.filter { !skippedSections.contains($0.id) }.flatMap(\.questions).filter(isVisible)
    }

    /// Every visible question with its answer, for the review screen.
    public var review: [ReviewItem] {
        visibleQuestions.map { ReviewItem(question: $0, answer: answers[$0.id]) }
    }

    /// The section a notice step belongs to.
    public func section(id: String) -> Section? {
        module.sections.first { $0.id == id }
    }

    // MARK: Moving

    /// Leaves the introduction (or a notice, entering its section).
    public mutating func proceed() {
        if case let .notice(section) = step {
            skippedSections.remove(section)
        }
        advance()
    }

    /// At a content notice: skips the whole section, forgetting any answers given in it.
    public mutating func skipSection() {
        guard case let .notice(id) = step, let section = section(id: id) else { return }
        skippedSections.insert(id)
        for question in section.questions {
            answers[question.id] = nil
            visited.insert(question.id)
        }
        advance()
    }

    /// Answers the current question and moves on.
    ///
    /// - Throws: `AnswerProblem` when the answer does not fit the question; nothing changes then.
    public mutating func answer(_ value: AnswerValue) throws(AnswerProblem) {
        guard let question = currentQuestion else { throw AnswerProblem("there is no question to answer here") }
        answers[question.id] = try AnswerRules.check(value, for: question)
        visited.insert(question.id)
        advance()
    }

    /// Leaves the current question unanswered and moves on.
    ///
    /// - Throws: `AnswerProblem` when the question must be answered.
    public mutating func skip() throws(AnswerProblem) {
        guard let question = currentQuestion else { throw AnswerProblem("there is no question to skip here") }
        guard question.isOptional else { throw AnswerProblem("this question needs an answer") }
        answers[question.id] = nil
        visited.insert(question.id)
        advance()
    }

    /// Goes back one step; at the introduction, stays.
    public mutating func back() {
        let stops = self.stops
        guard let index = stops.firstIndex(of: step), index > 0 else { return }
        reviewing = false
        step = stops[index - 1]
    }

    /// From the review: changes one answer, then returns to the review (asking any question the
    /// change newly reveals on the way).
    public mutating func edit(_ questionID: String) {
        guard step == .review, visibleQuestions.contains(where: { $0.id == questionID }) else { return }
        reviewing = true
        step = .question(questionID)
    }

    /// Jumps to the review (from a question, after editing).
    public mutating func goToReview() {
        reviewing = false
        step = .review
    }

    /// The response to store: the fixed answers and the visible answered questions, nothing else.
    ///
    /// - Throws: `AnswerProblem` naming a required question left unanswered, or when not at review.
    public func makeResponse(period: Period) throws(AnswerProblem) -> Response {
        guard step == .review else { throw AnswerProblem("answers are submitted from the review") }
        var stored = fixedAnswers
        for question in visibleQuestions {
            if let answer = answers[question.id] {
                stored[question.id] = answer
            } else if !question.isOptional {
                throw AnswerProblem("the question \"\(text(of: question))\" needs an answer")
            }
        }
        return Response(survey: module.id, version: module.version, period: period, answers: stored)
    }

    // MARK: Order

    private func isVisible(_ question: Question) -> Bool {
        guard question.isAsked, !question.acceptsAnyValue else { return false }
        guard let condition = question.showIf else { return true }
        guard let answer = answers[condition.question] ?? fixedAnswers[condition.question] else { return false }
        return condition.codes.contains { answer.contains($0) }
    }

    /// Every step in order for the answers so far.
    private var stops: [Step] {
        var stops: [Step] = [.intro]
        for section in module.sections {
            let questions = section.questions.filter(isVisible)
            guard !questions.isEmpty else { continue }
            if section.notice != nil {
                stops.append(.notice(section: section.id))
            }
            if !skippedSections.contains(section.id) {
                stops += questions.map { .question($0.id) }
            }
        }
        return stops + [.review]
    }

    private mutating func advance() {
        let stops = self.stops
        guard let index = stops.firstIndex(of: step) else {
            step = .review
            return
        }
        var next = index + 1
        if reviewing {
            // After an edit, only questions the change has newly revealed are asked before the review.
            while next < stops.count, stops[next] != .review, !isNewlyRevealed(stops[next]) {
                next += 1
            }
        }
        step = stops[min(next, stops.count - 1)]
        if step == .review {
            reviewing = false
        }
    }

    private func isNewlyRevealed(_ stop: Step) -> Bool {
        switch stop {
        case let .question(id): !visited.contains(id)
        case let .notice(sectionID):
            section(id: sectionID)?.questions.contains { isVisible($0) && !visited.contains($0.id) } == true
        case .intro, .review: false
        }
    }
}
