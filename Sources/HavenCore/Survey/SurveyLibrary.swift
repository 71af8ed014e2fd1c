import HavenSurvey

/// Where Haven finds its survey modules: the built-in set, plus a folder of additions and
/// replacements named by `--surveys` or the configuration.
public struct SurveyLibrary: Sendable {
    /// A folder whose modules add to or replace the built-in ones.
    public var overrideDirectory: String?

    /// Creates a library view.
    public init(overrideDirectory: String? = nil) {
        self.overrideDirectory = overrideDirectory
    }

    /// The catalogue: built-in modules with the override folder applied.
    ///
    /// - Throws: `SurveyError` when a file in the override folder has problems.
    public func catalogue() throws(SurveyError) -> SurveyCatalogue {
        guard let overrideDirectory else { return try SurveyCatalogue.load(BuiltInSurveys.sources) }
        let (overrides, unreadable) = SurveyFiles.sources(at: [overrideDirectory])
        guard unreadable.isEmpty else { throw SurveyError(unreadable) }
        return try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: overrides)
    }

    /// The module with `id`.
    ///
    /// - Throws: `HavenError.unknownSurvey` naming the modules there are, or `SurveyError`.
    public func module(id: String) throws -> SurveyModule {
        let catalogue = try catalogue()
        guard let module = catalogue.module(id: id) else {
            let known = catalogue.modules.filter { !$0.isExample }.map(\.id).joined(separator: ", ")
            throw HavenError(.unknownSurvey, "there is no survey module '\(id)'; the modules are: \(known) (see 'haven surveys list')")
        }
        return module
    }
}
