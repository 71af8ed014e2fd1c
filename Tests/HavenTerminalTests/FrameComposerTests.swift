import Testing

@testable import HavenTerminal

@Suite("drawing frames")
struct FrameComposerTests {
    let frame = Frame(
        body: (1...30).map { StyledLine(text: "line \($0)", style: $0 == 20 ? .selected : .plain) },
        footer: [StyledLine(text: "keys", style: .faint)], anchor: .focus(19..<20))

    @Test("without colour no attribute is written at all")
    func noColor() {
        let plain = FrameComposer(usesColor: false).compose(frame, size: TerminalSize(width: 40, height: 10), top: 0, moreLabel: "more")
        #expect(!plain.contains("\u{1B}[7m") && !plain.contains("\u{1B}[2m") && !plain.contains("m\u{1B}"))
        let colored = FrameComposer(usesColor: true).compose(frame, size: TerminalSize(width: 40, height: 10), top: 0, moreLabel: "more")
        #expect(colored.contains(EscapeSequence.faint + "keys"))
    }

    @Test("the window follows the focused line and says when there is more below")
    func viewport() {
        let rows = FrameComposer.bodyRows(for: frame, height: 10)
        let top = FrameComposer.top(for: frame.anchor, count: frame.body.count, rows: rows, previous: 0)
        #expect((top..<top + rows).contains(19))
        let drawn = FrameComposer(usesColor: false).compose(frame, size: TerminalSize(width: 40, height: 10), top: top, moreLabel: "↓ more below")
        #expect(drawn.contains("line 20"))
        #expect(drawn.contains("↓ more below"))
        #expect(!drawn.contains("line 1\u{1B}"))
        #expect(FrameComposer.top(for: .focus(0..<1), count: 5, rows: 10, previous: 3) == 0)
    }
}
