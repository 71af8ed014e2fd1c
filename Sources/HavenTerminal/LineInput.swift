/// Lines for the plain front-end, from a terminal in line mode or a pipe, with the same ways out
/// as the full screen: signals end the pass, an untouched prompt times out, and the end of the
/// input discards everything.
final class LineInput {
    /// How long a prompt may wait for an answer before everything is discarded.
    var idleTimeout: Duration?

    private let waiter: InputWaiter
    private var buffer: [UInt8] = []
    private var ended = false

    init(waiter: InputWaiter, idleTimeout: Duration?) {
        self.waiter = waiter
        self.idleTimeout = idleTimeout
    }

    /// Forgets lines read but not used yet.
    func discardPending() {
        buffer.removeAll()
    }

    /// The next line, without its line ending.
    ///
    /// - Throws: `Interruption` for a signal, the idle timeout or the end of input.
    func readLine() throws(Interruption) -> String {
        let deadline = idleTimeout.map { ContinuousClock.now + $0 }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[..<newline]
                buffer.removeFirst(newline + 1)
                return Self.text(line)
            }
            if ended {
                guard !buffer.isEmpty else { throw .endOfInput }
                defer { buffer.removeAll() }
                return Self.text(buffer[...])
            }
            switch waiter.wait(until: deadline) {
            case .signal:
                if let interruption = SignalPipe.interruption(for: waiter.signals.drain()) { throw interruption }
            case .input:
                let bytes = waiter.readAvailable()
                if bytes.isEmpty {
                    ended = true
                } else {
                    buffer += bytes
                }
            case .deadline:
                throw .idle
            }
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
