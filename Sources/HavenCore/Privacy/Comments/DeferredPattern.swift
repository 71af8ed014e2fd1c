import Synchronization

/// A `CommentPattern` compiled the first time a text is matched against it.
///
/// The sensitive lexicon holds hundreds of entries, and compiling each with its Unicode classes
/// took ICU nearly half a second per process, where a review runs only the entries whose anchors
/// a comment holds: most are never run. The tests compile every entry.
final class DeferredPattern: Sendable {
    private let source: String
    private let caseSensitive: Bool
    private let compiled = Mutex<CommentPattern?>(nil)

    init(_ source: String, caseSensitive: Bool) {
        self.source = source
        self.caseSensitive = caseSensitive
    }

    /// True when the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        let pattern = compiled.withLock { compiled in
            if let compiled { return compiled }
            let pattern = CommentPattern(source, caseSensitive: caseSensitive)
            compiled = pattern
            return pattern
        }
        return pattern.matches(text)
    }
}
