import HavenCore
import HavenSurvey

/// An answer in the respondent's words: option labels rather than codes.
enum AnswerText {
    /// The label of a choice, the labels of several joined by "; ", or the text itself.
    static func label(of value: AnswerValue, for question: Question, language: String) -> String {
        switch value {
        case let .choice(code):
            optionLabel(code, question, language)
        case let .choices(codes):
            codes.map { optionLabel($0, question, language) }.joined(separator: "; ")
        case let .text(text):
            text
        }
    }

    private static func optionLabel(_ code: String, _ question: Question, _ language: String) -> String {
        question.option(code: code)?.label.text(in: language) ?? code
    }
}
