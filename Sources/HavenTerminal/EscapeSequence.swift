/// The ANSI/xterm control sequences the front-ends use, in one place so tests can look for them.
public enum EscapeSequence {
    /// Switches to the alternate screen, leaving the shell's screen untouched underneath.
    public static let enterAlternateScreen = "\u{1B}[?1049h"
    /// Returns to the normal screen.
    public static let leaveAlternateScreen = "\u{1B}[?1049l"
    /// Clears the visible screen.
    public static let clearScreen = "\u{1B}[2J"
    /// Clears the scrollback buffer (xterm's `ED 3`), so earlier answers cannot be scrolled back to.
    public static let clearScrollback = "\u{1B}[3J"
    /// Moves the cursor to the top left corner.
    public static let home = "\u{1B}[H"
    /// Hides the cursor.
    public static let hideCursor = "\u{1B}[?25l"
    /// Shows the cursor.
    public static let showCursor = "\u{1B}[?25h"
    /// Resets colours and text attributes.
    public static let resetAttributes = "\u{1B}[0m"
    /// Clears from the cursor to the end of the line.
    public static let clearToEndOfLine = "\u{1B}[K"
    /// Bold text.
    public static let bold = "\u{1B}[1m"
    /// Faint text, for secondary lines.
    public static let faint = "\u{1B}[2m"
    /// Swapped foreground and background, for the selected line.
    public static let reverse = "\u{1B}[7m"
    /// Yellow text, for messages to the respondent.
    public static let yellow = "\u{1B}[33m"

    /// Everything that wipes what a respondent saw: screen, scrollback, cursor home.
    public static let wipe = clearScreen + clearScrollback + home

    /// Moves the cursor to `row` and `column`, both counted from 1.
    public static func moveTo(row: Int, column: Int = 1) -> String {
        "\u{1B}[\(row);\(column)H"
    }
}
