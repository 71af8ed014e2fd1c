/// Draws screens on the alternate screen and feeds them keys until they are done, scrolling
/// pages, following the cursor, redrawing on resize and opening help on `?`.
final class FullScreenDisplay {
    /// The keys, with quick exit and the idle timeout.
    let input: KeyInput
    /// The chrome's language (the "more below" line, the Esc warning).
    var strings: UIStrings
    /// What `?` shows; nil until a module and language are known.
    var help: HelpContent?

    private let output: TerminalOutput
    private let composer: FrameComposer
    private var size: TerminalSize

    /// Body text is kept to a readable measure on wide terminals.
    static let widestText = 100

    init(output: TerminalOutput, input: KeyInput, usesColor: Bool, strings: UIStrings) {
        self.output = output
        self.input = input
        self.strings = strings
        composer = FrameComposer(usesColor: usesColor)
        size = TerminalSize.of(descriptor: output.descriptor)
    }

    /// Switches to the alternate screen, so the shell's screen is untouched underneath.
    func begin() {
        output.write(EscapeSequence.enterAlternateScreen + EscapeSequence.hideCursor + EscapeSequence.wipe)
    }

    /// Wipes the screen and the scrollback.
    func clear() {
        output.write(EscapeSequence.wipe)
    }

    /// Leaves the alternate screen and wipes the normal one and its scrollback too, leaving
    /// only `finalLine`.
    func end(finalLine: String) {
        output.write(
            EscapeSequence.wipe + EscapeSequence.leaveAlternateScreen + EscapeSequence.wipe + EscapeSequence.showCursor + finalLine + "\r\n")
    }

    /// Shows `screen` until it is done.
    ///
    /// - Throws: `Interruption` from the keyboard, a signal or the idle timeout.
    func run<S: Screen>(_ screen: inout S) throws(Interruption) -> S.Result {
        var top = 0
        while true {
            var frame = screen.frame(width: contentWidth)
            if input.escapeArmed {
                frame.footer = KeyHints.footer([], width: contentWidth) + StyledLine.wrapped(strings.pressEscAgain, width: contentWidth, style: .message)
            }
            let rows = FrameComposer.bodyRows(for: frame, height: size.height)
            top = FrameComposer.top(for: frame.anchor, count: frame.body.count, rows: rows, previous: top)
            output.write(composer.compose(frame, size: size, top: top, moreLabel: strings.moreBelow))
            switch try input.next() {
            case .resize:
                size = TerminalSize.of(descriptor: output.descriptor)
            case let .key(key):
                if frame.anchor == .scrolls, let scrolled = Self.scroll(key, from: top, rows: rows) {
                    top = scrolled
                    continue
                }
                switch screen.handle(key) {
                case .stay: break
                case let .done(result): return result
                case .help: try showHelp()
                }
            }
        }
    }

    /// The help resources over the current screen; any key returns.
    func showHelp() throws(Interruption) {
        guard let help else { return }
        var page = PageScreen.help(help, strings: strings)
        _ = try run(&page)
    }

    private var contentWidth: Int {
        max(min(size.width - 1, Self.widestText), 20)
    }

    /// The new top line for a scrolling key; nil for other keys. `FrameComposer.top` clamps it.
    private static func scroll(_ key: Key, from top: Int, rows: Int) -> Int? {
        switch key {
        case .up: max(top - 1, 0)
        case .down: top + 1
        case .pageUp: max(top - rows, 0)
        case .pageDown, .character(" "): top + rows
        case .home: 0
        case .end: Int.max / 2
        default: nil
        }
    }
}
