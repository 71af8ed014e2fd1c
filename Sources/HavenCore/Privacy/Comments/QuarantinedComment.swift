/// A comment held back for an administrator's review: never published, never in a report.
///
/// It may disclose abuse or danger to a person, so it goes only to the reviewer the organisation
/// has named, who follows the organisation's duty-to-act pathway (safety check, referral to the
/// employee assistance programme or a domestic violence advocate, mandated reporting where the
/// law requires it). Only the reasons belong in logs; the text belongs in the admin-only file.
public struct QuarantinedComment: Sendable, Hashable {
    /// The comment, normalised but not redacted: the reviewer needs to see what was written.
    public let text: String
    /// Why it was quarantined, sensitive categories first; never empty.
    public let reasons: [QuarantineReason]
}
