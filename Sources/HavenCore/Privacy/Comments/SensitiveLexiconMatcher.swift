/// The sensitive lexicon compiled: an expression per entry (compiled when first run), with the
/// category it indicates, and the entries indexed by their anchors, built once per process.
///
/// An expression per entry, not one per category: most texts of the bench's national network
/// hold an anchor of some category, and a category's expression tries each of its alternatives
/// at every word of the text (over half of comment review). A category matches where any of its
/// entries does, so the result is the same.
struct SensitiveLexiconMatcher: Sendable {
    /// The built-in lexicon (``SensitiveLexicon``), compiled.
    static let builtIn = SensitiveLexiconMatcher(languages: SensitiveLexicon.languages)

    private let entries: [(category: SensitiveCategory, pattern: DeferredPattern)]
    private let anchors: LexiconAnchors

    /// Reads `languages`: each entry's expression is written now and compiled when first run. The
    /// lexicon is data written in this module and checked entry by entry by the tests, so an entry
    /// that breaks the notation is a programming error.
    init(languages: [LexiconLanguage]) {
        var entries: [(category: SensitiveCategory, pattern: DeferredPattern)] = []
        var anchors: [[LexiconAnchor]] = []
        for language in languages {
            for category in language.entries.keys.sorted() {
                for entry in language.entries[category] ?? [] {
                    do {
                        // Case-sensitive on purpose: the patterns' letters and the text they scan
                        // are both folded to lower case already, and ICU's case-insensitive
                        // matching is several times slower.
                        let pattern = DeferredPattern(try LexiconNotation.regex(for: [entry], slots: language.slots), caseSensitive: true)
                        anchors.append(try LexiconNotation.anchors(for: [entry], slots: language.slots))
                        entries.append((category, pattern))
                    } catch {
                        preconditionFailure("\(language.name) \(error)")
                    }
                }
            }
        }
        self.entries = entries
        self.anchors = LexiconAnchors(byEntry: anchors)
    }

    /// The categories whose entries match `folded`, a folded comment (see ``FoldedText``).
    func categories(in folded: String) -> Set<SensitiveCategory> {
        // Most entries hold no word of the comment they could start from; only the rest are run.
        var found: Set<SensitiveCategory> = []
        for index in anchors.entries(in: LexiconAnchor.words(in: folded)) where !found.contains(entries[index].category) {
            if entries[index].pattern.matches(folded) { found.insert(entries[index].category) }
        }
        return found
    }
}
