#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal's size in character cells.
struct TerminalSize: Sendable, Hashable {
    /// Columns.
    var width: Int
    /// Rows.
    var height: Int

    /// Creates a size.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// What is assumed when the terminal does not say (a serial line, some pseudo-terminals).
    static let fallback = TerminalSize(width: 80, height: 24)

    /// The size of the terminal on `descriptor`, asked with TIOCGWINSZ.
    static func of(descriptor: Int32) -> TerminalSize {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
            return .fallback
        }
        return TerminalSize(width: Int(size.ws_col), height: Int(size.ws_row))
    }
}
