#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a respondent's pass ended before their answers were stored. Every case discards them.
public enum Interruption: Error, Sendable, Hashable {
    /// The respondent asked to leave: Esc Esc, Ctrl-X, or `x` in plain mode.
    case quickExit
    /// Ctrl-C, or SIGINT from outside.
    case interrupt
    /// The screen sat untouched for the idle timeout.
    case idle
    /// The input ended (Ctrl-D, a closed pipe, a terminal that went away).
    case endOfInput
    /// SIGTERM, SIGHUP or SIGQUIT: the system wants the process gone.
    case terminated(signal: Int32)

    /// The exit status a shell expects: 128 plus the signal for signals, else 0 (a discard is
    /// what the respondent asked for, not a failure).
    public var exitStatus: Int32 {
        switch self {
        case .quickExit, .idle, .endOfInput: 0
        case .interrupt: 128 + SIGINT
        case let .terminated(signal): 128 + signal
        }
    }
}
