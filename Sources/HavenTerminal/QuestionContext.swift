import HavenCore
import HavenSurvey

/// Everything around a question that both front-ends show: where it sits and how it is worded.
struct QuestionContext: Sendable {
    var question: Question
    var moduleTitle: String
    /// "Question 4 of 17 · Trust and respect".
    var position: String
    var text: String
    var help: String?
    var current: AnswerValue?
    var strings: UIStrings

    /// The context of `question`, the current step of `session`.
    init(question: Question, session: AnsweringSession, strings: UIStrings) {
        let language = session.language
        self.question = question
        self.strings = strings
        moduleTitle = session.module.title.text(in: language)
        let section = session.module.sections.first { $0.questions.contains { $0.id == question.id } }
        var position: [String] = []
        if let progress = session.progress {
            position.append(strings.progress(progress.index, of: progress.total))
        }
        if let section {
            position.append(section.title.text(in: language))
        }
        self.position = position.joined(separator: " · ")
        text = session.text(of: question)
        help = question.help?.text(in: language)
        current = session.answer(to: question.id)
    }

    /// The lines above the answer: title, position, question, hint.
    func header(width: Int) -> [StyledLine] {
        var lines = StyledLine.wrapped(moduleTitle, width: width, style: .faint)
        lines += StyledLine.wrapped(position, width: width, style: .faint)
        lines.append(.blank)
        lines += StyledLine.wrapped(text, width: width, style: .emphasis)
        if let help {
            lines += StyledLine.wrapped(help, width: width, style: .faint)
        }
        lines.append(.blank)
        return lines
    }

    /// The first key hints of every question screen.
    func hints(_ leading: [String]) -> [String] {
        var hints = leading + [strings.keyBack]
        if question.isOptional { hints.append(strings.keySkip) }
        return hints + [strings.keyHelp, strings.keyQuickExit]
    }
}
