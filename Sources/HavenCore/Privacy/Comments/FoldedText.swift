import Foundation

/// A comment in the form names and lexicon phrases are matched on: lowercase, without accents
/// (`José` → `jose`, `amenazó` → `amenazo`, `Nuñez` → `nunez`), and with typographic apostrophes
/// made plain (`I’m` → `i'm`), so that a writer's spelling choices cannot slip past a match.
///
/// Folding can change lengths (`ß` → `ss`), so it keeps, for every UTF-16 unit of the folded text,
/// the range of the original character it came from: a match found here can then be redacted in
/// the text the reader sees.
struct FoldedText {
    /// The folded text.
    let text: String
    /// For each UTF-16 unit of `text`, the UTF-16 range of the original character it came from.
    private let sources: [NSRange]

    /// Folds `original`.
    init(_ original: String) {
        var folded = ""
        var sources: [NSRange] = []
        var offset = 0
        for character in original {
            let width = character.utf16.count
            let piece = Self.fold(character)
            folded += piece
            sources.append(contentsOf: repeatElement(NSRange(location: offset, length: width), count: piece.utf16.count))
            offset += width
        }
        text = folded
        self.sources = sources
    }

    /// `string` folded, for roster names and lexicon phrases, where no way back is needed.
    static func fold(_ string: String) -> String {
        // Most comments are plain ASCII, which folding only lowercases: folded character by
        // character, with the way back kept and dropped, they took a fifth of a national release's
        // comment review.
        if string.utf8.allSatisfy({ $0 < 0x80 }) { return string.lowercased() }
        return FoldedText(string).text
    }

    /// The range in the original text that `range`, a non-empty match in the folded text, came from.
    func originalRange(of range: NSRange) -> NSRange {
        let first = sources[range.location]
        let last = sources[range.location + range.length - 1]
        return NSRange(location: first.location, length: last.location + last.length - first.location)
    }

    /// One character folded: ASCII is only lowercased; anything else loses case and accents
    /// through Foundation's folding, then the letters it leaves alone are spelled out.
    private static func fold(_ character: Character) -> String {
        if character.isASCII { return character.lowercased() }
        let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.map { spelledOut[$0] ?? String($0) }.joined()
    }

    /// Letters that have no decomposition (so diacritic folding keeps them) and typographic
    /// apostrophes, each with its plain spelling.
    private static let spelledOut: [Character: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{2032}": "'",
    ]
}
