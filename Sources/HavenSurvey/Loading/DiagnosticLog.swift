/// Collects the problems found while one or more files are read.
///
/// A reference type because every reader of a nested node reports into the same log.
final class DiagnosticLog {
    private(set) var diagnostics: [SurveyDiagnostic] = []

    func add(_ code: SurveyDiagnostic.Code, at location: SourceLocation, _ message: String) {
        diagnostics.append(SurveyDiagnostic(code, at: location, message))
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}
