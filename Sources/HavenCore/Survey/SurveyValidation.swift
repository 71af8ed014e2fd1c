import HavenSurvey

/// The outcome of checking survey files.
public struct SurveyValidationReport: Sendable {
    /// The files that were checked.
    public var files: [String]
    /// The ids of the modules that loaded, when there were no problems.
    public var modules: [String]
    /// Every problem, in file order.
    public var diagnostics: [SurveyDiagnostic]

    /// Whether everything checked is fine.
    public var isValid: Bool { diagnostics.isEmpty }
}

/// Checks survey files the way the build does, for facilitators editing modules.
public enum SurveyValidation {
    /// Checks the files and folders at `paths` on top of the built-in scales and resources; with no
    /// paths, checks the built-in modules themselves.
    public static func validate(paths: [String]) -> SurveyValidationReport {
        let (sources, unreadable) = SurveyFiles.sources(at: paths)
        let files = paths.isEmpty ? BuiltInSurveys.sources.map(\.path) : sources.map(\.path) + unreadable.map(\.location.path)
        do {
            let catalogue = paths.isEmpty ? try SurveyCatalogue.load(BuiltInSurveys.sources) : try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: sources)
            let checked = Set(sources.map(\.path))
            let modules = catalogue.modules.filter { paths.isEmpty || checked.contains($0.sourcePath) }.map(\.id)
            return SurveyValidationReport(files: files, modules: modules, diagnostics: unreadable)
        } catch {
            return SurveyValidationReport(files: files, modules: [], diagnostics: (unreadable + error.diagnostics).sorted { $0.location < $1.location })
        }
    }
}
