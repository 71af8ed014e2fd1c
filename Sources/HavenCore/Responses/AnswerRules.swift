import Foundation
import HavenSurvey

/// Checks and reads answers against their question; the terminal and the importer share it.
public enum AnswerRules {
    /// Checks that `value` is an answer `question` accepts, normalising the order of multi-choice codes.
    public static func check(_ value: AnswerValue, for question: Question) throws(AnswerProblem) -> AnswerValue {
        switch (question.type, value) {
        case (.text, let .text(text)):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw AnswerProblem("an empty answer; leave the cell empty to skip the question") }
            guard trimmed.count <= question.maxLength else {
                throw AnswerProblem("the answer is \(trimmed.count) characters long; the most is \(question.maxLength)")
            }
            return .text(trimmed)
        case (.single, let .choice(code)), (.scale, let .choice(code)), (.dimension, let .choice(code)):
            if question.acceptsAnyValue {
                guard !code.trimmingCharacters(in: .whitespaces).isEmpty else { throw AnswerProblem("an empty value") }
                return .choice(code)
            }
            guard question.option(code: code) != nil else { throw unknownCode(code, question) }
            return .choice(code)
        case (.multi, let .choices(codes)):
            guard !codes.isEmpty else { throw AnswerProblem("no choice; leave the cell empty to skip the question") }
            for code in codes where question.option(code: code) == nil {
                throw unknownCode(code, question)
            }
            guard Set(codes).count == codes.count else { throw AnswerProblem("a choice is listed twice") }
            if let max = question.maxChoices, codes.count > max {
                throw AnswerProblem("\(codes.count) choices; at most \(max) may be chosen")
            }
            if codes.count > 1, let exclusive = question.options.first(where: { $0.isExclusive && codes.contains($0.code) }) {
                throw AnswerProblem("'\(exclusive.code)' cannot be combined with other choices")
            }
            return .choices(question.options.map(\.code).filter(codes.contains))
        default:
            throw AnswerProblem("this kind of answer does not fit a \(question.type.rawValue) question")
        }
    }

    /// Reads a CSV cell: a code, codes separated by `;`, a number for a scale point, free text.
    /// An empty cell is no answer (nil).
    public static func parse(cell: String, for question: Question) throws(AnswerProblem) -> AnswerValue? {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        switch question.type {
        case .text:
            return try check(.text(cell), for: question)
        case .multi:
            let codes = trimmed.split(separator: AnswerValue.codeSeparator, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !codes.contains("") else { throw AnswerProblem("an empty code between ';' separators") }
            return try check(.choices(codes), for: question)
        case .single, .scale, .dimension:
            return try check(.choice(trimmed), for: question)
        }
    }

    private static func unknownCode(_ code: String, _ question: Question) -> AnswerProblem {
        let codes = question.options.map(\.code)
        let shown = codes.count <= 12 ? codes.joined(separator: ", ") : codes.prefix(12).joined(separator: ", ") + ", …"
        return AnswerProblem("'\(code)' is not an answer code of question '\(question.id)'; expected one of: \(shown)")
    }
}
