/// What a screen asks of the full-screen driver after a key.
enum ScreenAction<Result> {
    /// Stay, drawn again.
    case stay
    /// The screen is done.
    case done(Result)
    /// Show the help resources, then come back.
    case help
}

/// One full screen: what it shows at a width, and what keys do. Pure, so it can be tested
/// without a terminal; `FullScreenDisplay` draws it and feeds it keys.
protocol Screen {
    associatedtype Result
    /// The screen at `width` columns.
    func frame(width: Int) -> Frame
    /// Reacts to one key.
    mutating func handle(_ key: Key) -> ScreenAction<Result>
}

/// The footer: key hints packed into as few lines as fit, under a rule.
enum KeyHints {
    static func footer(_ hints: [String], width: Int) -> [StyledLine] {
        var lines: [String] = []
        var line = ""
        for hint in hints {
            if !line.isEmpty, line.count + 2 + hint.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : "  ") + hint
        }
        if !line.isEmpty { lines.append(line) }
        let rule = StyledLine(text: String(repeating: "─", count: width), style: .faint)
        return [rule] + lines.map { StyledLine(text: $0, style: .faint) }
    }
}
