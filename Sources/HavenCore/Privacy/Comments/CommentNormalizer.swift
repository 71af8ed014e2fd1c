import Foundation

/// Puts a free-text comment into the one canonical form that redaction, the lexicon and the
/// published report all see, so that nothing can hide from a pattern behind a look-alike spelling.
///
/// - Invisible characters are removed: every format character (general category Cf: zero-width
///   space, joiners, word joiner, byte-order mark, soft hyphen, bidi embeddings, overrides and
///   isolates, Unicode tag characters), variation selectors, the combining grapheme joiner and the
///   Hangul fillers. They render as nothing, so they can split a phone number or a name in two
///   for a pattern while the reader sees it whole, or smuggle hidden text into a report.
/// - Unicode NFKC maps compatibility forms to their plain equivalents: fullwidth `１２３` and
///   `ａｔ` become `123` and `at`, ligatures and circled or superscript digits become plain text.
///   Invisibles go first so that a letter and an accent they separated compose again.
/// - Line endings become `\n` (CR LF, CR, NEL, U+2028, U+2029); other control characters go.
/// - Runs of spaces and tabs become one space, lines are trimmed, and blank lines collapse to one:
///   spacing habits (two spaces after a full stop) can fingerprint a writer in a small team.
/// - The result is trimmed.
public enum CommentNormalizer {
    /// `text` in canonical form; empty when it held nothing visible.
    public static func normalize(_ text: String) -> String {
        // Printable ASCII on one line (most comments) holds nothing to remove, map or trim but
        // spaces: the steps below, each a pass of its own, were a sixth of comment review.
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return normalizeThoroughly(text) }
        return text.split(separator: " ").joined(separator: " ")
    }

    /// `normalize` step by step, for any text.
    static func normalizeThoroughly(_ text: String) -> String {
        var visible = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            if lineBreaks.contains(scalar.value) {
                visible.append("\n")
            } else if scalar == "\t" {
                visible.append(" ")
            } else if !isInvisible(scalar) {
                visible.append(scalar)
            }
        }
        let compatible = String(visible).precomposedStringWithCompatibilityMapping
        var lines: [String] = []
        for line in compatible.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " })
            if words.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(words.joined(separator: " "))
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// CR, LF, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    private static let lineBreaks: Set<UInt32> = [0x0A, 0x0D, 0x85, 0x2028, 0x2029]

    /// True for a character that renders as nothing, or a control character other than a line break.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .control:
            return true
        default:
            switch scalar.value {
            case 0xFE00...0xFE0F, 0xE0100...0xE01EF:  // variation selectors
                return true
            case 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0:  // grapheme joiner, Hangul fillers
                return true
            default:
                return false
            }
        }
    }
}
