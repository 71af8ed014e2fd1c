import Foundation

/// A regular expression for scanning comment text, compiled once.
///
/// Built on NSRegularExpression (ICU) rather than Swift Regex: its lookbehind, Unicode property
/// classes (`\p{L}`, `\p{Pd}`) and word handling behave the same on Linux and macOS, and a compiled
/// expression is immutable and safe to share between threads, so one copy serves every review.
struct CommentPattern: Sendable {
    private let regex: NSRegularExpression

    /// Compiles `pattern`, matching letters regardless of case unless `caseSensitive`.
    ///
    /// Every pattern is written in this module or built from escaped text, so one that does not
    /// compile is a programming error, caught by the tests; the message leaves the pattern out
    /// because a roster pattern holds people's names.
    init(_ pattern: String, caseSensitive: Bool = false) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            preconditionFailure("a comment-safety pattern does not compile")
        }
    }

    /// The UTF-16 ranges of the non-overlapping matches in `text`, left to right.
    func ranges(in text: String) -> [NSRange] {
        regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map(\.range)
    }

    /// True when the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// `text` with every regular-expression metacharacter escaped, to match it literally.
    static func literal(_ text: String) -> String {
        NSRegularExpression.escapedPattern(for: text)
    }
}
