/// A character a personal-information pattern cannot match without, looked for once per text:
/// most comments hold no digit, `@`, bracket or slash, and running every pattern on every text
/// was a third of a national release's comment review. None of these characters has a case,
/// so the patterns' case-insensitive matching cannot find them in any other character.
enum PIIClue: Sendable {
    /// A decimal digit, in any script: what `\d` matches (general category Nd).
    case digit
    case at
    /// `@`, or an opening bracket of a spelled-out one (`[at]`, `(arroba)`, `{@}`, `<at>`).
    case atOrBracket
    case slash
    case dot

    /// The clues `text` holds.
    static func found(in text: String) -> Set<PIIClue> {
        var found: Set<PIIClue> = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "@": found.formUnion([.at, .atOrBracket])
            case "[", "(", "{", "<": found.insert(.atOrBracket)
            case "/": found.insert(.slash)
            case ".": found.insert(.dot)
            default: if scalar.properties.generalCategory == .decimalNumber { found.insert(.digit) }
            }
        }
        return found
    }
}
