import Dispatch
import Synchronization

/// Makes one group's free-text comments safe to publish (requirement R9): normalises them, drops
/// empty and non-informative ones, redacts personal information, quarantines every comment that
/// has a personal-information hit or matches the sensitive lexicon, and shuffles what is left.
///
/// The decision for each comment depends only on its text and the roster, never on the other
/// comments or their order, so the comments published for a group are exactly the published
/// comments of its respondents. The caller applies the comment threshold (`k_m`) and the
/// nested-difference rule to respondent sets before calling ``review(_:)``; this type neither
/// knows nor reports group sizes.
public struct CommentSafety: Sendable {
    private let redactor: PIIRedactor

    /// Comment safety for an organisation whose staff, site and unit names are `roster`.
    public init(roster: [String] = []) {
        redactor = PIIRedactor(roster: roster)
    }

    /// Reviews `comments`, the raw comments of one group, shuffling both lists with the
    /// system's cryptographically secure generator.
    public func review(_ comments: [String]) -> CommentReview {
        var generator = SystemRandomNumberGenerator()
        return review(comments, using: &generator)
    }

    /// Reviews `comments`, shuffling with `generator`. Only tests pass their own generator, to
    /// make the order reproducible; anything released uses ``review(_:)``.
    func review<Generator: RandomNumberGenerator>(_ comments: [String], using generator: inout Generator) -> CommentReview {
        // Each comment is reviewed on its own, so the reviews run on every core; the lists are
        // shuffled afterwards, so the order they finish in cannot matter.
        let outcomes = Mutex([Outcome?](repeating: nil, count: comments.count))
        DispatchQueue.concurrentPerform(iterations: comments.count) { index in
            let outcome = review(comments[index])
            outcomes.withLock { $0[index] = outcome }
        }
        var publishable: [String] = []
        var quarantined: [QuarantinedComment] = []
        for outcome in outcomes.withLock({ $0 }) {
            switch outcome {
            case let .publishable(text)?: publishable.append(text)
            case let .quarantined(comment)?: quarantined.append(comment)
            case nil: break
            }
        }
        return CommentReview(publishable: publishable.shuffled(using: &generator), quarantined: quarantined.shuffled(using: &generator))
    }

    /// What review makes of one comment; nil for noise.
    private enum Outcome: Sendable {
        case publishable(String)
        case quarantined(QuarantinedComment)
    }

    private func review(_ comment: String) -> Outcome? {
        let text = CommentNormalizer.normalize(comment)
        guard !NonInformativeComment.isNoise(text) else { return nil }
        let redaction = redactor.redact(normalised: text)
        let reasons = redaction.kinds.map(QuarantineReason.personalInformation)
            + Self.sensitiveCategories(in: text).map(QuarantineReason.sensitive)
        // Publishing the redacted form (identical to `text` here, since any hit quarantines) keeps
        // "nothing leaves unredacted" true without relying on that rule.
        return reasons.isEmpty ? .publishable(redaction.text) : .quarantined(QuarantinedComment(text: text, reasons: reasons.sorted()))
    }

    /// The sensitive categories of `text`, a normalised comment: the lexicon on its folded form,
    /// and named people on the text as written.
    private static func sensitiveCategories(in text: String) -> Set<SensitiveCategory> {
        var categories = SensitiveLexiconMatcher.builtIn.categories(in: FoldedText.fold(text))
        if PersonMentionDetector.mentionsPerson(text) {
            categories.insert(.namedPerson)
        }
        return categories
    }
}
