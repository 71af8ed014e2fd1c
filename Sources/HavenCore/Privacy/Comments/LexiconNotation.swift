/// The small phrase notation the sensitive lexicon is written in, and its translation into a
/// regular expression over folded text (lowercase, no accents: see ``FoldedText``).
///
/// An entry is a sequence of tokens separated by single spaces. Between two words of a comment
/// any run of spaces and punctuation counts as the gap (`he hit me`, `he... hit me`), and an entry
/// only matches whole words. Tokens:
///
/// - `word` — that word; written with or without accents (`amenazó` is `amenazo`);
/// - `stem*` — any word that starts with `stem` (`threat*`: threats, threatened, threatening);
/// - `a|b*|c` — any one of the alternatives;
/// - `<slot>` — any phrase of the language's slot of that name; slot phrases use the same
///   notation, but no slots of their own;
/// - `token?` — the token may be left out (`he really? hit`: `he hit`, `he really hit`);
/// - `...` — up to three other words (`my husband ... hits`: `my husband sometimes hits`).
enum LexiconNotation {
    /// One regular expression that matches wherever any of `entries` does, with `slots` for
    /// their `<slot>` tokens.
    static func regex(for entries: [String], slots: [String: [String]]) throws(LexiconNotationError) -> String {
        var alternatives: [String] = []
        for entry in entries {
            alternatives.append(try sequence(entry, slots: slots))
        }
        // The word-start check comes before the alternatives, so that a position inside a word
        // is rejected once rather than once per entry: most positions are inside words.
        return #"(?<![\p{L}\p{N}])(?:"# + alternatives.joined(separator: "|") + #")(?![\p{L}\p{N}])"#
    }

    /// The words one of which any match of `entries` must contain: for each entry, the
    /// alternatives of one of its words that are not optional (through a slot, each slot phrase's
    /// own), the one whose shortest alternative is longest, since short words are common ones.
    /// A comment without any of them cannot match, so the matcher skips the expression for it.
    static func anchors(for entries: [String], slots: [String: [String]]) throws(LexiconNotationError) -> [LexiconAnchor] {
        var anchors: [LexiconAnchor] = []
        for entry in entries {
            anchors += try rarestAnchors(entry, slots: slots)
        }
        return anchors
    }

    private static func rarestAnchors(_ phrase: String, slots: [String: [String]]?) throws(LexiconNotationError) -> [LexiconAnchor] {
        var best: [LexiconAnchor]?
        for token in phrase.split(separator: " ").map(String.init) where token != gapToken && !token.hasSuffix("?") {
            var anchors: [LexiconAnchor] = []
            if token.hasPrefix("<"), token.hasSuffix(">") {
                let name = String(token.dropFirst().dropLast())
                guard let slots, let phrases = slots[name] else { throw LexiconNotationError(entry: phrase, problem: "no slot <\(name)>") }
                for slotPhrase in phrases {
                    anchors += try rarestAnchors(slotPhrase, slots: nil)
                }
            } else {
                anchors = token.split(separator: "|").map { alternative in
                    let isStem = alternative.hasSuffix("*")
                    let letters = FoldedText.fold(String(isStem ? alternative.dropLast() : alternative))
                    // The text's words are split where the expression's word boundaries are, so a
                    // literal with an apostrophe anchors on its first part, which must stand whole.
                    let first = LexiconAnchor.words(in: letters).first ?? letters
                    return LexiconAnchor(word: first, isPrefix: isStem && first == letters)
                }
            }
            func shortest(_ anchors: [LexiconAnchor]) -> Int { anchors.map(\.word.count).min() ?? 0 }
            if shortest(anchors) > best.map(shortest) ?? -1 { best = anchors }
        }
        guard let best else { throw LexiconNotationError(entry: phrase, problem: "needs at least one word that is not optional") }
        return best
    }

    /// What may stand between two words: anything but letters and digits, including apostrophes
    /// that are quote marks rather than part of a word (`'hit me'`, but not the one in `i'm`).
    private static let separator = #"(?:[^\p{L}\p{N}']|(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}]))+"#
    /// One word of a comment, apostrophes inside it included (`don't`).
    private static let word = #"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*"#
    /// A stem's possible endings.
    private static let ending = #"[\p{L}\p{N}]*"#
    /// The `...` token.
    private static let gapToken = "..."
    /// How many words `...` may skip.
    private static let gapWords = 3

    /// The regular expression for a sequence of tokens; `slots` is nil inside a slot's phrase.
    private static func sequence(_ phrase: String, slots: [String: [String]]?) throws(LexiconNotationError) -> String {
        let tokens = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard tokens.last != gapToken, !tokens.contains("") else {
            throw LexiconNotationError(entry: phrase, problem: "tokens must be separated by single spaces and '...' cannot end an entry")
        }
        var result = ""
        var started = false
        for token in tokens {
            if token == gapToken {
                guard started else { throw LexiconNotationError(entry: phrase, problem: "'...' needs a word before it") }
                result += "(?:" + separator + word + "){0,\(gapWords)}"
                continue
            }
            let optional = token.hasSuffix("?")
            let body = try element(optional ? String(token.dropLast()) : token, in: phrase, slots: slots)
            switch (started, optional) {
            case (false, false): result += body; started = true
            case (false, true): result += "(?:" + body + separator + ")?"
            case (true, false): result += separator + body
            case (true, true): result += "(?:" + separator + body + ")?"
            }
        }
        guard started else { throw LexiconNotationError(entry: phrase, problem: "needs at least one word that is not optional") }
        return result
    }

    /// The regular expression for one token without its `?`.
    private static func element(_ token: String, in phrase: String, slots: [String: [String]]?) throws(LexiconNotationError) -> String {
        if token.hasPrefix("<"), token.hasSuffix(">") {
            let name = String(token.dropFirst().dropLast())
            guard let slots else { throw LexiconNotationError(entry: phrase, problem: "a slot phrase cannot use slot <\(name)>") }
            guard let phrases = slots[name], !phrases.isEmpty else { throw LexiconNotationError(entry: phrase, problem: "no slot <\(name)>") }
            var alternatives: [String] = []
            for slotPhrase in phrases {
                alternatives.append(try sequence(slotPhrase, slots: nil))
            }
            return "(?:" + alternatives.joined(separator: "|") + ")"
        }
        var alternatives: [String] = []
        for alternative in token.split(separator: "|", omittingEmptySubsequences: false) {
            let isStem = alternative.hasSuffix("*")
            let letters = FoldedText.fold(String(isStem ? alternative.dropLast() : alternative))
            guard !letters.isEmpty, letters.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" }) else {
                throw LexiconNotationError(entry: phrase, problem: "'\(alternative)' is not a word, a stem* or a <slot>")
            }
            alternatives.append(CommentPattern.literal(letters) + (isStem ? ending : ""))
        }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }
}
