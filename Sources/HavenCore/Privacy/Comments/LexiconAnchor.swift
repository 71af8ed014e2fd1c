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

/// Lexicon entries indexed by their anchors: the words of a comment name the entries that can
/// match it, and only their expressions are run.
struct LexiconAnchors: Sendable {
    private let whole: [String: [Int]]
    private let stems: [String: [Int]]
    private let longestStem: Int

    /// The index of entries whose anchors are `byEntry`, each entry by its position there.
    init(byEntry: [[LexiconAnchor]]) {
        var whole: [String: [Int]] = [:]
        var stems: [String: [Int]] = [:]
        for (entry, anchors) in byEntry.enumerated() {
            for anchor in anchors {
                if anchor.isPrefix {
                    stems[anchor.word, default: []].append(entry)
                } else {
                    whole[anchor.word, default: []].append(entry)
                }
            }
        }
        self.whole = whole
        self.stems = stems
        longestStem = stems.keys.map(\.count).max() ?? 0
    }

    /// The entries an anchor of which is among `words` (see ``LexiconAnchor/words(in:)``), in
    /// increasing order, each once.
    func entries(in words: [String]) -> [Int] {
        var found: Set<Int> = []
        for word in words {
            found.formUnion(whole[word] ?? [])
            guard !stems.isEmpty else { continue }
            var prefix = ""
            for character in word.prefix(longestStem) {
                prefix.append(character)
                found.formUnion(stems[prefix] ?? [])
            }
        }
        return found.sorted()
    }
}
