/// A lexicon entry that does not follow ``LexiconNotation``.
struct LexiconNotationError: Error, Equatable, CustomStringConvertible {
    /// The entry.
    let entry: String
    /// What is wrong with it.
    let problem: String

    var description: String { "lexicon entry '\(entry)': \(problem)" }
}
