import Foundation

/// A line to type: the participation code, or the passphrase that closes a kiosk (not shown).
struct EntryScreen: Screen {
    let heading: String
    let prompt: String
    let hidesTyping: Bool
    let offersHelp: Bool
    let hints: [String]
    private(set) var editor = LineEditor(maxLength: 200)
    private(set) var message: String?

    init(heading: String, prompt: String, hidesTyping: Bool, offersHelp: Bool, hints: [String], message: String? = nil) {
        self.heading = heading
        self.prompt = prompt
        self.hidesTyping = hidesTyping
        self.offersHelp = offersHelp
        self.hints = hints
        self.message = message
    }

    func frame(width: Int) -> Frame {
        var body = StyledLine.wrapped(heading, width: width, style: .faint) + [.blank]
        body += StyledLine.wrapped(prompt, width: width, style: .emphasis) + [.blank]
        let shown = hidesTyping ? String(repeating: "•", count: editor.text.count) : editor.text
        body += StyledLine.wrapped(shown + "_", width: width, style: .selected, prefix: "> ", indent: "  ")
        var focus = body.count - 1..<body.count
        if let message {
            body.append(.blank)
            focus = body.count..<body.count + 1
            body += StyledLine.wrapped(message, width: width, style: .message)
        }
        return Frame(body: body, footer: KeyHints.footer(hints, width: width), anchor: .focus(focus))
    }

    mutating func handle(_ key: Key) -> ScreenAction<String> {
        message = nil
        switch key {
        case .character("?") where offersHelp:
            return .help
        case .enter:
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? .stay : .done(text)
        default:
            editor.handle(key)
            return .stay
        }
    }
}
