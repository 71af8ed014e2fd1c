/// A kind of personal information the redactor removes from comments.
public enum PIIKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// An e-mail address, also written out (`name at example dot org`, `name [at] example.org`).
    case email
    /// A phone number: North American, or international with a leading `+`.
    case phone
    /// A web address, with or without a scheme.
    case url
    /// A number that identifies someone: SSN-like, six digits or more (record, badge, employee
    /// numbers), or a social-media handle.
    case identifier
    /// A calendar date, numeric or written (English and Spanish).
    case date
    /// A name from the organisation's roster of staff, sites and units.
    case rosterName = "roster-name"

    public static func < (lhs: PIIKind, rhs: PIIKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
