/// Turns a `Frame` into the bytes that draw it: each row written in place (no scrolling, so
/// nothing enters the scrollback), the part of the body that fits, and the footer at the bottom.
struct FrameComposer {
    /// Whether to use colour and text attributes at all (false under NO_COLOR).
    var usesColor: Bool

    /// Which body line starts the window, for a body of `count` lines in `rows` rows.
    static func top(for anchor: Frame.Anchor, count: Int, rows: Int, previous: Int) -> Int {
        guard count > rows else { return 0 }
        var top = previous
        if case let .focus(range) = anchor {
            if range.lowerBound < top { top = range.lowerBound }
            if range.upperBound > top + rows { top = range.upperBound - rows }
        }
        return min(max(top, 0), count - rows)
    }

    /// How many body rows fit at `height`, keeping one row for the "more" line when needed.
    static func bodyRows(for frame: Frame, height: Int) -> Int {
        let rows = max(height - frame.footer.count - 1, 1)
        return frame.body.count > rows ? max(rows - 1, 1) : rows
    }

    /// The drawing of `frame` at `size`, with the body starting at line `top`.
    func compose(_ frame: Frame, size: TerminalSize, top: Int, moreLabel: String) -> String {
        let rows = Self.bodyRows(for: frame, height: size.height)
        var visible = Array(frame.body.dropFirst(top).prefix(rows))
        if frame.body.count > top + rows {
            visible.append(StyledLine(text: moreLabel, style: .faint))
        }
        var output = EscapeSequence.hideCursor
        for row in 0..<max(size.height - frame.footer.count, 0) {
            let line = row < visible.count ? visible[row] : .blank
            output += EscapeSequence.moveTo(row: row + 1) + styled(line, width: size.width) + EscapeSequence.clearToEndOfLine
        }
        for (index, line) in frame.footer.enumerated() {
            let row = size.height - frame.footer.count + index + 1
            guard row >= 1 else { continue }
            output += EscapeSequence.moveTo(row: row) + styled(line, width: size.width) + EscapeSequence.clearToEndOfLine
        }
        return output
    }

    private func styled(_ line: StyledLine, width: Int) -> String {
        // Never write the last column: some terminals wrap or scroll when it is filled.
        let text = String(line.text.prefix(max(width - 1, 1)))
        guard usesColor else { return text }
        let attributes: String
        switch line.style {
        case .plain: return text
        case .faint: attributes = EscapeSequence.faint
        case .emphasis: attributes = EscapeSequence.bold
        case .selected: attributes = EscapeSequence.reverse
        case .message: attributes = EscapeSequence.bold + EscapeSequence.yellow
        }
        return attributes + text + EscapeSequence.resetAttributes
    }
}
