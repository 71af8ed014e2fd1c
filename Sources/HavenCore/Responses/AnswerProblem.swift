/// Why an answer does not fit its question; the message is written for the person who gave it.
public struct AnswerProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what would fit.
    public var message: String

    /// Creates a problem.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
