#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HavenCore
import HavenSurvey

/// Everything `haven take` decided before the first respondent arrives.
public struct TakeSettings: Sendable {
    /// Full screen, or plain numbered prompts.
    public enum Interface: Sendable, Equatable {
        case fullScreen
        case plain
    }

    /// The module as the organisation runs it (`SurveyModule.prepared(for:)`).
    public var module: SurveyModule
    /// The language; nil asks each respondent when the module has several.
    public var language: String?
    /// The learning-collaborative session, for modules with a `session` dimension.
    public var session: String?
    /// Whether each respondent gives a participation code first.
    public var asksForCode: Bool
    /// The SHA-256 (hex) of the passphrase that closes a kiosk; nil runs one respondent only.
    public var kioskPassphraseSHA256: String?
    /// How long a screen may sit untouched before everything is discarded.
    public var idleTimeout: Duration
    public var interface: Interface
    /// Whether colour and text attributes may be used.
    public var usesColor: Bool

    /// Creates settings.
    public init(
        module: SurveyModule, language: String? = nil, session: String? = nil, asksForCode: Bool = false,
        kioskPassphraseSHA256: String? = nil, idleTimeout: Duration, interface: Interface, usesColor: Bool
    ) {
        self.module = module
        self.language = language
        self.session = session
        self.asksForCode = asksForCode
        self.kioskPassphraseSHA256 = kioskPassphraseSHA256
        self.idleTimeout = idleTimeout
        self.interface = interface
        self.usesColor = usesColor
    }

    /// Plain mode when asked for, when `ACCESSIBLE` is set (screen-reader users), or when the
    /// input or output is not a terminal (a pipe); the full screen otherwise.
    public static func interface(plainRequested: Bool, environment: [String: String], input: Int32, output: Int32) -> Interface {
        let accessible = !(environment["ACCESSIBLE"] ?? "").isEmpty
        guard !plainRequested, !accessible, isatty(input) == 1, isatty(output) == 1 else { return .plain }
        return .fullScreen
    }

    /// No colour when `NO_COLOR` is set to anything (no-color.org) or the terminal is `dumb`.
    public static func usesColor(environment: [String: String]) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
