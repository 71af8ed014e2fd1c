import Foundation

/// Removes personal information from comments: e-mail addresses, phone numbers, web addresses,
/// identifying numbers, dates and roster names (see ``PIIPatterns`` and ``RosterPattern``).
///
/// Each hit becomes the fixed ``token``, never a mask of the same length, which would still tell
/// a reader how long the name or number was. Redaction is defence in depth, not a guarantee: every
/// pattern has false negatives, which is why a comment with any hit is also quarantined for review.
public struct PIIRedactor: Sendable {
    /// What every removed piece of text becomes.
    public static let token = "[removed]"

    private let roster: RosterPattern

    /// A redactor that also removes the names in `roster` (staff, sites, units).
    public init(roster: [String] = []) {
        self.roster = RosterPattern(names: roster)
    }

    /// `text` normalised (see ``CommentNormalizer``) and redacted.
    public func redact(_ text: String) -> Redaction {
        redact(normalised: CommentNormalizer.normalize(text))
    }

    /// `text`, already normalised, redacted.
    ///
    /// Patterns claim text in order (built-in patterns first, roster names last); a hit counts
    /// only where it reaches beyond text already claimed, so each hit names one kind. Overlapping
    /// and touching hits become one token.
    func redact(normalised text: String) -> Redaction {
        var claimed: [NSRange] = []
        var kinds: Set<PIIKind> = []
        let clues = PIIClue.found(in: text)
        let hits = PIIPatterns.rules.filter { rule in rule.clue.map(clues.contains) ?? true }.flatMap { rule in
            rule.pattern.ranges(in: text).map { (rule.kind, $0) }
        }
            + roster.ranges(in: text).map { (PIIKind.rosterName, $0) }
        for (kind, range) in hits where !claimed.contains(where: { $0.location <= range.location && NSMaxRange(range) <= NSMaxRange($0) }) {
            claimed.append(range)
            kinds.insert(kind)
        }
        return Redaction(text: Self.replacing(claimed, in: text), kinds: kinds)
    }

    /// `text` with the union of `ranges` replaced by ``token``, one token per connected stretch.
    private static func replacing(_ ranges: [NSRange], in text: String) -> String {
        var stretches: [NSRange] = []
        for range in ranges.sorted(by: { $0.location < $1.location }) {
            if let last = stretches.last, range.location <= NSMaxRange(last) {
                stretches[stretches.count - 1].length = max(NSMaxRange(last), NSMaxRange(range)) - last.location
            } else {
                stretches.append(range)
            }
        }
        let source = NSString(string: text)
        var result = ""
        var position = 0
        for stretch in stretches {
            result += source.substring(with: NSRange(location: position, length: stretch.location - position)) + token
            position = NSMaxRange(stretch)
        }
        return result + source.substring(from: position)
    }
}
