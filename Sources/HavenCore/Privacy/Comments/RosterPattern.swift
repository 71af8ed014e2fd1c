import Foundation

/// The organisation's roster (staff, site and unit names) as one pattern over folded text.
///
/// A name matches as given, as whole words, whatever the case or accents (`José` and `jose`),
/// with any spacing, hyphen or punctuation between its words or none (`Mary Jane`, `Mary-Jane`,
/// `MaryJane`), with or without its apostrophes (`O'Brien`, `OBrien`), and with a possessive or
/// plural ending (`Maria's`, `Marias`, `James'`). Only whole words count, so `Ana` finds nothing
/// in `banana` or `Anaheim`. Each roster entry is one name: list a person's full name, first name
/// and nickname separately when each should be caught.
struct RosterPattern: Sendable {
    private let pattern: CommentPattern?

    /// The pattern for `names`. Entries with fewer than two letters are ignored: a one-letter
    /// "name" would match every `a` and `I`.
    init(names: [String]) {
        let alternatives = Set(names.compactMap(Self.source(of:)))
            // ICU takes the first alternative that matches, so a longer name must come before a
            // shorter one it starts with (`Maria Lopez` before `Maria`), or `Lopez` would stay.
            .sorted { ($0.count, $0) > ($1.count, $1) }
        pattern = alternatives.isEmpty ? nil : CommentPattern(
            #"(?<![\p{L}\p{N}])(?:"# + alternatives.joined(separator: "|") + #")(?:'s|'|s)?(?![\p{L}\p{N}])"#)
    }

    /// The ranges of roster names in `text`, a normalised comment.
    func ranges(in text: String) -> [NSRange] {
        guard let pattern else { return [] }
        let folded = FoldedText(text)
        return pattern.ranges(in: folded.text).map(folded.originalRange(of:))
    }

    /// The pattern for one name: its folded words, each escaped, with optional apostrophes,
    /// joined by up to three characters that are not letters or digits.
    private static func source(of name: String) -> String? {
        let folded = FoldedText.fold(CommentNormalizer.normalize(name))
        let words = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") })
        guard folded.filter(\.isLetter).count >= 2 else { return nil }
        return words
            .map { word in word.split(separator: "'").map { CommentPattern.literal(String($0)) }.joined(separator: "'?") }
            .joined(separator: #"[^\p{L}\p{N}]{0,3}"#)
    }
}
