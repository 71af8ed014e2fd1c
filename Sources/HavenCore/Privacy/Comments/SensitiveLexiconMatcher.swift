/// The sensitive lexicon compiled: for each category, one pattern covering that category's
/// entries in every language, built once per process.
struct SensitiveLexiconMatcher: Sendable {
    /// The built-in lexicon (``SensitiveLexicon``), compiled.
    static let builtIn = SensitiveLexiconMatcher(languages: SensitiveLexicon.languages)

    private let patterns: [(category: SensitiveCategory, anchors: LexiconAnchors, pattern: CommentPattern)]

    /// Compiles `languages`. The lexicon is data written in this module and checked entry by
    /// entry by the tests, so an entry that breaks the notation is a programming error.
    init(languages: [LexiconLanguage]) {
        var sources: [SensitiveCategory: [String]] = [:]
        var anchors: [SensitiveCategory: [LexiconAnchor]] = [:]
        for language in languages {
            for (category, entries) in language.entries {
                do {
                    sources[category, default: []].append(try LexiconNotation.regex(for: entries, slots: language.slots))
                    anchors[category, default: []] += try LexiconNotation.anchors(for: entries, slots: language.slots)
                } catch {
                    preconditionFailure("\(language.name) \(error)")
                }
            }
        }
        // Case-sensitive on purpose: the patterns' letters and the text they scan are both folded
        // to lower case already, and ICU's case-insensitive matching is several times slower.
        patterns = sources.keys.sorted().map { category in
            (category, LexiconAnchors(anchors[category] ?? []), CommentPattern(sources[category, default: []].joined(separator: "|"), caseSensitive: true))
        }
    }

    /// The categories whose entries match `folded`, a folded comment (see ``FoldedText``).
    func categories(in folded: String) -> Set<SensitiveCategory> {
        // Most comments hold no word any entry starts from; the expression is run only on the rest.
        let words = LexiconAnchor.words(in: folded)
        return Set(patterns.filter { $0.anchors.occur(in: words) && $0.pattern.matches(folded) }.map(\.category))
    }
}
