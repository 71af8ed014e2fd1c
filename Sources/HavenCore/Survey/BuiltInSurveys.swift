import HavenSurvey

/// The survey files compiled into the binary from the package's `surveys/` folder.
public enum BuiltInSurveys {
    /// The embedded files, with their package-relative paths.
    public static var sources: [SurveySource] { EmbeddedSurveys.sources }
}
