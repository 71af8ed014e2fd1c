import Foundation
import HavenSurvey

/// The wide CSV format of imports and synthetic data: one row per response, a column per
/// question named by its id, plus optional `period`, `survey` and `response_id` columns.
///
/// Cells hold option codes, codes separated by `;` for multi-choice questions, scale points as
/// numbers, free text, `prefer-not` where a question offers it; an empty cell is no answer.
public enum WideFormat {
    /// The column holding the quarter (`2026Q3`).
    public static let periodColumn = "period"
    /// The column holding the module id.
    public static let surveyColumn = "survey"
    /// A row id used only to catch rows repeated within one file; never stored.
    public static let responseIDColumn = "response_id"

    /// What one column of a file holds.
    public enum Column: Sendable, Hashable {
        case question(Question)
        case period
        case survey
        case responseID
    }

    /// The header for `module`: the bookkeeping columns, then every question in module order
    /// (questions that are never answered in a file, such as none, are still listed).
    public static func header(for module: SurveyModule) -> [String] {
        [responseIDColumn, surveyColumn, periodColumn] + module.questions.map(\.id)
    }

    /// Reads a header row, reporting unknown and repeated columns at their place.
    static func columns(_ names: [String], module: SurveyModule, report: (Int, String) -> Void) -> [Column?] {
        var seen: [String: Int] = [:]
        return names.enumerated().map { index, raw in
            let name = raw.trimmingCharacters(in: .whitespaces)
            if let first = seen[name] {
                report(index + 1, "the column '\(name)' appears twice (first in column \(first)); each question has one column")
                return nil
            }
            seen[name] = index + 1
            switch name {
            case periodColumn: return .period
            case surveyColumn: return .survey
            case responseIDColumn: return .responseID
            default:
                if let question = module.question(id: name) {
                    return .question(question)
                }
                let known = module.questions.map(\.id)
                let hint = Spelling.closest(to: name, among: known).map { "did you mean '\($0)'?" } ?? "see 'haven surveys show \(module.id)' for the question ids"
                report(index + 1, "unknown column '\(name)': not a question of '\(module.id)'; \(hint)")
                return nil
            }
        }
    }
}
