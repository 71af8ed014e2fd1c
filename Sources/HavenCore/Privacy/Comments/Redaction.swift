/// A comment with its personal information removed.
public struct Redaction: Sendable, Hashable {
    /// The comment with every hit replaced by ``PIIRedactor/token``.
    public let text: String
    /// The kinds of personal information found; empty when nothing was removed.
    public let kinds: Set<PIIKind>
}
