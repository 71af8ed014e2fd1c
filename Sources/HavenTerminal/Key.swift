/// One key press, decoded from the bytes a terminal sends in raw mode.
enum Key: Sendable, Hashable {
    /// A printable character, including space.
    case character(Character)
    /// Enter (carriage return or line feed).
    case enter
    /// Tab.
    case tab
    /// Backspace or Delete-left.
    case backspace
    /// A lone Escape.
    case escape
    case up, down, left, right
    case home, end, pageUp, pageDown
    /// Delete-right.
    case delete
    /// A control key: `.control("c")` is Ctrl-C.
    case control(Character)
}
