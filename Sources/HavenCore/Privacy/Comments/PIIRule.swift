/// One pattern that finds one kind of personal information.
struct PIIRule: Sendable {
    /// What the pattern finds.
    let kind: PIIKind
    /// The pattern, run on normalised (not folded) comment text.
    let pattern: CommentPattern
    /// A character the pattern cannot match without; nil when it has none worth checking.
    let clue: PIIClue?

    init(_ kind: PIIKind, _ pattern: String, needs clue: PIIClue? = nil) {
        self.kind = kind
        self.pattern = CommentPattern(pattern)
        self.clue = clue
    }
}
