/// A short list to pick one item from (the language): ↑↓ or a number, then Enter.
struct MenuScreen: Screen {
    let heading: String
    let items: [String]
    let hints: [String]
    private(set) var cursor = 0

    init(heading: String, items: [String], hints: [String]) {
        self.heading = heading
        self.items = items
        self.hints = hints
    }

    func frame(width: Int) -> Frame {
        var body = StyledLine.wrapped(heading, width: width, style: .emphasis) + [.blank]
        var focus = 0..<0
        for (index, item) in items.enumerated() {
            let isCursor = index == cursor
            if isCursor { focus = body.count..<body.count + 1 }
            body += StyledLine.wrapped(item, width: width, style: isCursor ? .selected : .plain, prefix: "\(isCursor ? ">" : " ") \(index + 1). ", indent: "     ")
        }
        return Frame(body: body, footer: KeyHints.footer(hints, width: width), anchor: .focus(focus))
    }

    mutating func handle(_ key: Key) -> ScreenAction<Int> {
        switch key {
        case .up: cursor = max(cursor - 1, 0)
        case .down, .tab: cursor = min(cursor + 1, items.count - 1)
        case let .character(character):
            if let digit = character.wholeNumberValue, items.indices.contains(digit - 1) {
                cursor = digit - 1
            }
        case .character("?"): return .help
        case .enter: return .done(cursor)
        default: break
        }
        return .stay
    }
}
