/// A help resource shown to respondents (a hotline, 911), defined in `surveys/common/resources.yaml`.
public struct Resource: Sendable, Hashable {
    /// The id modules refer to.
    public var id: String
    /// The service's name.
    public var name: LocalizedText
    /// How to reach it.
    public var contact: LocalizedText
    /// Anything a person should know before reaching out.
    public var note: LocalizedText?

    /// Creates a resource.
    public init(id: String, name: LocalizedText, contact: LocalizedText, note: LocalizedText? = nil) {
        self.id = id
        self.name = name
        self.contact = contact
        self.note = note
    }
}
