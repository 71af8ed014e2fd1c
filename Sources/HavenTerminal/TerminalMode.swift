#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's line discipline: saved on start, changed for raw key reading or hidden typing,
/// and always put back, with any typed-ahead input thrown away so it never reaches the shell.
final class TerminalMode {
    private let descriptor: Int32
    private let original: termios

    /// Saves the settings of the terminal on `descriptor`; nil when it is not a terminal.
    init?(descriptor: Int32) {
        var settings = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &settings) == 0 else { return nil }
        self.descriptor = descriptor
        original = settings
    }

    /// Byte-at-a-time input with no echo and no signals from the keyboard: Ctrl-C, Ctrl-Z and
    /// Ctrl-\ arrive as bytes, so nothing typed can stop the program before it cleans up.
    func enterRaw() {
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        Self.setControlCharacter(&raw, VMIN, 1)
        Self.setControlCharacter(&raw, VTIME, 0)
        _ = tcsetattr(descriptor, TCSAFLUSH, &raw)
    }

    /// Line input as before, but what is typed is not shown (a passphrase).
    func hideTyping() {
        var hidden = original
        hidden.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(descriptor, TCSANOW, &hidden)
    }

    /// Shows typing again after `hideTyping()`.
    func showTyping() {
        var settings = original
        _ = tcsetattr(descriptor, TCSANOW, &settings)
    }

    /// Throws away what was typed and not read yet, so one person's keystrokes never reach
    /// the screen the next person sees.
    func discardTypedAhead() {
        _ = tcflush(descriptor, TCIFLUSH)
    }

    /// Puts the saved settings back and discards input not read yet.
    func restore() {
        var settings = original
        _ = tcsetattr(descriptor, TCSAFLUSH, &settings)
        _ = tcflush(descriptor, TCIFLUSH)
    }

    private static func setControlCharacter(_ settings: inout termios, _ index: Int32, _ value: UInt8) {
        withUnsafeMutableBytes(of: &settings.c_cc) { bytes in
            bytes[Int(index)] = value
        }
    }
}
