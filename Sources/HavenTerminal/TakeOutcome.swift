/// How `haven take` ended.
public enum TakeOutcome: Sendable, Equatable {
    /// One respondent's answers are stored.
    case submitted
    /// The answers were discarded, and why.
    case discarded(Interruption)
    /// The store failed or refused; the respondent was told nothing was kept.
    case notSaved
    /// A kiosk was closed with the passphrase.
    case closed

    /// The process exit status.
    public var exitStatus: Int32 {
        switch self {
        case .submitted, .closed: 0
        case let .discarded(interruption): interruption.exitStatus
        case .notSaved: 1
        }
    }
}
