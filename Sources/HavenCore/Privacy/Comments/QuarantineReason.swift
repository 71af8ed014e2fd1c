/// Why a comment was quarantined: the rule that matched, never the text it matched, so that the
/// reason can be logged and shown in triage lists without repeating the disclosure.
public enum QuarantineReason: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The comment holds personal information of this kind.
    case personalInformation(PIIKind)
    /// The comment matches the sensitive lexicon in this category, or names a person.
    case sensitive(SensitiveCategory)

    /// A stable code for files and logs: `pii:phone`, `sensitive:threat`.
    public var description: String {
        switch self {
        case .personalInformation(let kind): "pii:\(kind.rawValue)"
        case .sensitive(let category): "sensitive:\(category.rawValue)"
        }
    }

    /// Sensitive categories first (they are what triage acts on), each group in declaration order.
    public static func < (lhs: QuarantineReason, rhs: QuarantineReason) -> Bool {
        switch (lhs, rhs) {
        case (.sensitive(let left), .sensitive(let right)): left < right
        case (.personalInformation(let left), .personalInformation(let right)): left < right
        case (.sensitive, .personalInformation): true
        case (.personalInformation, .sensitive): false
        }
    }
}
