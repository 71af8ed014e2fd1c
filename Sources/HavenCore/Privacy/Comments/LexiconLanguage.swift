/// One language's part of the sensitive lexicon, written in ``LexiconNotation``.
struct LexiconLanguage: Sendable {
    /// The language's name, for messages about the lexicon itself.
    let name: String
    /// Named phrase lists that entries refer to as `<name>` (`<partner>`: husband, wife, …).
    let slots: [String: [String]]
    /// The entries, by the category a match indicates.
    let entries: [SensitiveCategory: [String]]
}
