/// One group's comments after review: what may be published and what must be read first.
///
/// Both lists hold text only (no timestamps, respondent ids, demographics or submission order),
/// and both are shuffled, so nothing about a comment can be learnt from where it appears.
public struct CommentReview: Sendable, Hashable {
    /// Comments safe to publish for a group that passes the comment threshold: normalised,
    /// redacted, and in random order.
    public let publishable: [String]
    /// Comments for the administrator's review only, in random order.
    public let quarantined: [QuarantinedComment]
}
