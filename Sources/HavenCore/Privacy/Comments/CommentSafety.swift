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

    /// `review(_:)`, remembering decisions in `memo` for the other groups and quarters of a release.
    func review(_ comments: [String], memo: Memo) -> CommentReview {
        var generator = SystemRandomNumberGenerator()
        return review(comments, using: &generator, memo: memo)
    }

    /// Outcomes of texts already reviewed, shared by the reviews of one release: a decision
    /// depends on the text and the roster alone, and a network's quarters repeat most of each
    /// other's texts (four national quarters of 5,600 texts each hold 9,100 in all).
    final class Memo: Sendable {
        fileprivate let outcomes = Mutex<[String: Outcome?]>([:])

        /// How many texts it remembers.
        var count: Int { outcomes.withLock { $0.count } }
    }

    /// Reviews the texts of `comments` that `memo` does not remember yet, one by one on the
    /// calling thread, and remembers them, until `stop` says so: a release reviews its quarters'
    /// texts ahead on a thread of its own while the privacy engine, which leaves a core idle for
    /// much of a national quarter, works out the figures (see `DisclosureControl`). A text given
    /// twice is found in the memo the second time.
    func remember(_ comments: some Sequence<String>, in memo: Memo, until stop: () -> Bool) {
        for text in comments {
            guard !stop() else { return }
            guard memo.outcomes.withLock({ $0[text] == nil }) else { continue }
            let outcome = review(text)
            memo.outcomes.withLock { $0[text] = .some(outcome) }
        }
    }

    /// Reviews `comments`, shuffling with `generator`; texts `memo` remembers are not reviewed
    /// again, and those reviewed are added to it. Only tests pass their own generator, to make
    /// the order reproducible; anything released shuffles with the system's.
    func review<Generator: RandomNumberGenerator>(_ comments: [String], using generator: inout Generator, memo: Memo? = nil) -> CommentReview {
        // A decision depends on the text alone, and a quarter's comments repeat ("N/A", "Parking,
        // again"; a national quarter's 25,000 hold 5,600 texts): each text is reviewed once.
        let (texts, slotOf) = Self.distinct(comments)
        let remembered: [Outcome??] = memo?.outcomes.withLock { outcomes in texts.map { outcomes[$0] } } ?? texts.map { _ in nil }
        let missing = texts.indices.filter { remembered[$0] == nil }
        // Each text is reviewed on its own, so the reviews run on every core; the lists are
        // shuffled afterwards, so the order they finish in cannot matter.
        let found = missing.concurrentMap { review(texts[$0]) }
        var reviewed = remembered.map { $0 ?? nil }
        for (index, slot) in missing.enumerated() { reviewed[slot] = found[index] }
        memo?.outcomes.withLock { outcomes in
            for (index, slot) in missing.enumerated() { outcomes[texts[slot]] = .some(found[index]) }
        }
        var publishable: [String] = []
        var quarantined: [QuarantinedComment] = []
        for slot in slotOf {
            switch reviewed[slot] {
            case let .publishable(text)?: publishable.append(text)
            case let .quarantined(comment)?: quarantined.append(comment)
            case nil: break
            }
        }
        return CommentReview(publishable: publishable.shuffled(using: &generator), quarantined: quarantined.shuffled(using: &generator))
    }

    /// The distinct texts of `comments`, in order of first appearance, and for each comment the
    /// index of its text.
    private static func distinct(_ comments: [String]) -> (texts: [String], slots: [Int]) {
        var slotOf: [String: Int] = [:]
        var texts: [String] = []
        let slots = comments.map { comment in
            if let slot = slotOf[comment] { return slot }
            slotOf[comment] = texts.count
            texts.append(comment)
            return texts.count - 1
        }
        return (texts, slots)
    }

    /// What review makes of one comment; nil for noise.
    fileprivate enum Outcome: Sendable {
        case publishable(String)
        case quarantined(QuarantinedComment)
    }

    private func review(_ comment: String) -> Outcome? {
        let text = CommentNormalizer.normalize(comment)
        let folded = FoldedText.fold(text)
        guard !NonInformativeComment.isNoise(folded: folded) else { return nil }
        let redaction = redactor.redact(normalised: text)
        let reasons = redaction.kinds.map(QuarantineReason.personalInformation)
            + Self.sensitiveCategories(in: text, folded: folded).map(QuarantineReason.sensitive)
        // Publishing the redacted form (identical to `text` here, since any hit quarantines) keeps
        // "nothing leaves unredacted" true without relying on that rule.
        return reasons.isEmpty ? .publishable(redaction.text) : .quarantined(QuarantinedComment(text: text, reasons: reasons.sorted()))
    }

    /// The sensitive categories of `text`, a normalised comment: the lexicon on its `folded` form,
    /// and named people on the text as written.
    private static func sensitiveCategories(in text: String, folded: String) -> Set<SensitiveCategory> {
        var categories = SensitiveLexiconMatcher.builtIn.categories(in: folded)
        if PersonMentionDetector.mentionsPerson(text) {
            categories.insert(.namedPerson)
        }
        return categories
    }
}
