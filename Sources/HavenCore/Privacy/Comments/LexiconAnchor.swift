/// A word that any match of a lexicon entry must contain, whole or (for a stem) as a beginning.
struct LexiconAnchor: Sendable, Hashable {
    /// The folded word or stem.
    var word: String
    /// Whether a word of the text need only begin with `word`.
    var isPrefix: Bool

    /// The words of `folded` as the lexicon's expressions see them: maximal runs of letters and
    /// digits (Unicode `L` and `N`, what `\p{L}` and `\p{N}` test), so an apostrophe splits.
    static func words(in folded: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}

/// The anchors of one category, indexed: a comment is scanned by the category's expression only
/// if one of its words is an anchor or begins with a stem anchor.
struct LexiconAnchors: Sendable {
    private let whole: Set<String>
    private let stems: Set<String>
    private let longestStem: Int

    init(_ anchors: [LexiconAnchor]) {
        whole = Set(anchors.filter { !$0.isPrefix }.map(\.word))
        stems = Set(anchors.filter(\.isPrefix).map(\.word))
        longestStem = stems.map(\.count).max() ?? 0
    }

    /// Whether `words` (see ``LexiconAnchor/words(in:)``) hold an anchor.
    func occur(in words: [String]) -> Bool {
        for word in words {
            if whole.contains(word) { return true }
            guard !stems.isEmpty else { continue }
            var prefix = ""
            for character in word.prefix(longestStem) {
                prefix.append(character)
                if stems.contains(prefix) { return true }
            }
        }
        return false
    }
}
