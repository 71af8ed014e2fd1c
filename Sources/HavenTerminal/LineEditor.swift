/// A line of typed text: a free-text answer, a participation code, a passphrase.
struct LineEditor: Sendable, Equatable {
    /// The longest text accepted, in characters.
    let maxLength: Int
    private(set) var text: String

    init(text: String = "", maxLength: Int) {
        self.maxLength = maxLength
        self.text = String(text.prefix(maxLength))
    }

    /// Applies an editing key; other keys change nothing.
    mutating func handle(_ key: Key) {
        switch key {
        case let .character(character):
            if text.count < maxLength { text.append(character) }
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        default:
            break
        }
    }
}
