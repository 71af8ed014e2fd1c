/// Skip logic: a question is asked only when an earlier answer is one of `codes`.
public struct Condition: Sendable, Hashable {
    /// The earlier question.
    public var question: String
    /// The codes that show the question; for a multi-choice question, any one chosen suffices.
    public var codes: [String]

    /// Creates a condition.
    public init(question: String, codes: [String]) {
        self.question = question
        self.codes = codes
    }
}
