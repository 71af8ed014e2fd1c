import HavenSurvey

/// The error thrown by the core for anything outside the survey files themselves: a missing
/// module, an unreadable file, a bad configuration. It says what went wrong, where, and what to do.
public struct HavenError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure; stable, for tests and scripts.
    public enum Code: String, Sendable {
        case unknownSurvey = "unknown-survey"
        case unreadableFile = "unreadable-file"
        case invalidConfiguration = "invalid-configuration"
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String
    /// The file concerned, if any, with a position when one is known.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}
