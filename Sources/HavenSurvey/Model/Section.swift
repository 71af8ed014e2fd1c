/// A group of questions shown together, optionally opened by a content notice.
public struct Section: Sendable, Hashable {
    /// The section's id.
    public var id: String
    /// Its heading.
    public var title: LocalizedText
    /// A content notice shown before the section, with a one-key "skip this section".
    public var notice: LocalizedText?
    /// The questions, in order.
    public var questions: [Question]

    /// Creates a section.
    public init(id: String, title: LocalizedText, notice: LocalizedText? = nil, questions: [Question]) {
        self.id = id
        self.title = title
        self.notice = notice
        self.questions = questions
    }
}
