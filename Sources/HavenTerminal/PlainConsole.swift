/// Plain lines in and out, one prompt at a time: what a screen reader reads aloud and what a
/// pipe can drive. Every prompt line ends in `> `.
final class PlainConsole {
    private let output: TerminalOutput
    private let input: LineInput
    /// The input terminal's settings, to hide a passphrase; nil when the input is a pipe.
    private let mode: TerminalMode?
    /// Whether the output is a terminal, whose screen and scrollback can be wiped.
    private let wipesScreen: Bool

    init(output: TerminalOutput, input: LineInput, mode: TerminalMode?, wipesScreen: Bool) {
        self.output = output
        self.input = input
        self.mode = mode
        self.wipesScreen = wipesScreen
    }

    /// Writes `text` and a line break.
    func say(_ text: String) {
        output.write(text + "\n")
    }

    /// Writes `text` as a prompt and reads the line typed; `waitsForever` lifts the idle timeout
    /// (the kiosk's start screen has nothing to discard).
    func prompt(_ text: String, waitsForever: Bool = false) throws(Interruption) -> String {
        output.write(text + " > ")
        let idleTimeout = input.idleTimeout
        if waitsForever { input.idleTimeout = nil }
        defer { input.idleTimeout = idleTimeout }
        return try input.readLine()
    }

    /// Reads a line without showing it (on a terminal).
    func promptHidden(_ text: String) throws(Interruption) -> String {
        mode?.hideTyping()
        defer {
            mode?.showTyping()
            if mode != nil { output.write("\n") }
        }
        return try prompt(text)
    }

    /// Wipes the screen and scrollback, when the output is a terminal.
    func wipe() {
        if wipesScreen { output.write(EscapeSequence.wipe) }
    }

    /// Throws away input typed ahead, read or not.
    func discardTypedAhead() {
        input.discardPending()
        mode?.discardTypedAhead()
    }
}
