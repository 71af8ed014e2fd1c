/// The spelling rules for ids and codes, which end up as CSV column names and cell values.
enum Identifiers {
    /// Module ids: lowercase words joined by hyphens, as in file names.
    static func isModuleID(_ s: String) -> Bool {
        !s.isEmpty && s.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    /// Question, section, dimension and resource ids.
    static func isID(_ s: String) -> Bool {
        guard let first = s.first, first.isASCII, first.isLowercase else { return false }
        return s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// AnswerOption codes: no separators a CSV cell or a multi-choice list could confuse.
    static func isCode(_ s: String) -> Bool {
        guard let first = s.first, first.isASCII, first.isLetter || first.isNumber else { return false }
        return s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    /// Column names the import format reserves; no question may take them.
    static let reservedColumns: Set<String> = ["response_id", "survey", "period"]
}
