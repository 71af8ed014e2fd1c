/// One pattern that finds one kind of personal information.
struct PIIRule: Sendable {
    /// What the pattern finds.
    let kind: PIIKind
    /// The pattern, run on normalised (not folded) comment text.
    let pattern: CommentPattern

    init(_ kind: PIIKind, _ pattern: String) {
        self.kind = kind
        self.pattern = CommentPattern(pattern)
    }
}
