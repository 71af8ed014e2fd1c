/// Recognises comments that say nothing ("N/A", "none", "-", "nada", "sin comentarios"), which
/// are dropped: they tell a reader nothing, and a list padded with them still counts for nothing.
enum NonInformativeComment {
    /// True when `folded`, a normalised comment folded (see ``FoldedText``), is empty, has no
    /// letters or digits, or is one of the stock non-answers, whatever its case, accents and
    /// punctuation (`N/A`, `n.a.`, `None!`).
    static func isNoise(folded: String) -> Bool {
        // A comment with more letters and digits than any stock non-answer says something: most
        // are told so within their first words, without building the words of all of it.
        var letters = 0
        for character in folded where character.isLetter || character.isNumber {
            letters += 1
            if letters > longestNonAnswer { return false }
        }
        return isNoiseThoroughly(folded: folded)
    }

    /// `isNoise` from the comment's words, for any comment.
    static func isNoiseThoroughly(folded: String) -> Bool {
        let words = folded
            .filter { $0.isLetter || $0.isNumber || $0.isWhitespace }
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        return words.isEmpty || nonAnswers.contains(words)
    }

    /// The most letters and digits a stock non-answer holds.
    private static let longestNonAnswer = nonAnswers.map { $0.filter { $0 != " " }.count }.max() ?? 0

    /// Stock non-answers, folded, without punctuation (`n/a` is `na`).
    private static let nonAnswers: Set<String> = [
        "na", "n a", "none", "no", "nope", "nothing", "nil", "null", "not applicable", "no comment", "no comments",
        "nothing to add", "nothing else", "nothing more", "nothing at this time", "none at this time", "no comments at this time",
        "nada", "ninguno", "ninguna", "ningun", "ningun comentario", "no aplica", "sin comentarios", "sin comentario",
        "nada que agregar", "nada que anadir", "nada mas", "no tengo comentarios", "no tengo",
    ]
}
