/// How a line is shown. Meaning never rests on it: markers such as `>` and `[x]` carry it, and
/// without colour (NO_COLOR) every line is shown the same.
enum LineStyle: Sendable, Equatable {
    case plain
    /// The module title and other quiet context.
    case faint
    /// The question or heading.
    case emphasis
    /// The line under the cursor.
    case selected
    /// A message to the respondent ("This question needs an answer.").
    case message
}

/// One line of a screen, already fitted to the width.
struct StyledLine: Sendable, Equatable {
    var text: String
    var style: LineStyle = .plain

    /// Wrapped lines of `text`, all in one style.
    static func wrapped(_ text: String, width: Int, style: LineStyle = .plain, prefix: String = "", indent: String = "") -> [StyledLine] {
        TextWrapper.wrap(text, width: width, prefix: prefix, indent: indent).map { StyledLine(text: $0, style: style) }
    }

    static let blank = StyledLine(text: "")
}

/// One full screen: a body that may be taller than the window, and a footer of key hints that
/// is always shown at the bottom.
struct Frame: Sendable, Equatable {
    /// What the body's visible part follows when it does not fit.
    enum Anchor: Sendable, Equatable {
        /// Keep these body lines in view (the selected option).
        case focus(Range<Int>)
        /// The respondent scrolls it freely with the arrow keys (help, receipt).
        case scrolls
    }

    var body: [StyledLine]
    var footer: [StyledLine]
    var anchor: Anchor = .focus(0..<0)

    /// All the text of the frame, without styles (what a test reads).
    var text: String {
        (body + footer).map(\.text).joined(separator: "\n")
    }
}
