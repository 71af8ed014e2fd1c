/// One problem found in a survey file, located precisely enough for an editor to jump to it.
public struct SurveyDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is; stable, so tests and tools can match on it.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case malformedYAML = "malformed-yaml"
        case unreadableFile = "unreadable-file"
        case unknownKey = "unknown-key"
        case missingKey = "missing-key"
        case wrongType = "wrong-type"
        case invalidValue = "invalid-value"
        case duplicateID = "duplicate-id"
        case unknownReference = "unknown-reference"
        case missingTranslation = "missing-translation"
        case sensitiveWithoutPreferNot = "sensitive-without-prefer-not"
        case sensitiveWithoutNotice = "sensitive-without-notice"
        case thresholdTooLow = "threshold-too-low"
        case dimensionWithoutOptions = "dimension-without-options"
        case unknownScale = "unknown-scale"
    }

    /// The kind of problem.
    public var code: Code
    /// Where it is.
    public var location: SourceLocation
    /// What is wrong and, where it helps, what to do about it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ code: Code, at location: SourceLocation, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// The compiler-style line `path:line:column: error: message`.
    public var description: String { "\(location): error: \(message)" }
}

/// The error thrown by the survey layer: every problem found, in file order.
///
/// Loading never stops at the first problem, so that one validation run shows a facilitator
/// everything to fix.
public struct SurveyError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by location.
    public var diagnostics: [SurveyDiagnostic]

    /// Creates the error from unsorted diagnostics.
    public init(_ diagnostics: [SurveyDiagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
