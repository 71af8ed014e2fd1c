#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the self-pipe, read by the signal handler. A signal handler cannot capture
/// context, so it has to be global; it is set before any handler is installed and only read after.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Turns signals into bytes on a pipe, so the main loop's `poll()` wakes for them and does the
/// cleanup itself (restoring the terminal, wiping the screen) outside the signal handler.
final class SignalPipe {
    /// Readable when a signal arrived.
    let readEnd: Int32
    private let writeEnd: Int32
    private var previous: [(Int32, SignalHandler?)] = []

    /// Forwards `forwarded` to the pipe and ignores `ignored`.
    ///
    /// - Throws: `TakeError` when the pipe cannot be made.
    init(forwarding forwarded: [Int32], ignoring ignored: [Int32]) throws(TakeError) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw TakeError("cannot create a pipe for signals") }
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            // A burst of signals must never block the handler, nor an empty pipe the drain.
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        signalPipeWriteEnd = writeEnd
        for signalNumber in forwarded {
            previous.append((signalNumber, signal(signalNumber, forwardSignal)))
        }
        for signalNumber in ignored {
            previous.append((signalNumber, signal(signalNumber, SIG_IGN)))
        }
    }

    /// The signals that arrived since the last call, oldest first.
    func drain() -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            guard count > 0 else { break }
            signals += buffer[0..<count].map { Int32($0) }
        }
        return signals
    }

    /// Puts the signal dispositions back as they were and closes the pipe.
    func restore() {
        for (signalNumber, handler) in previous.reversed() {
            signal(signalNumber, handler)
        }
        previous.removeAll()
        signalPipeWriteEnd = -1
        close(readEnd)
        close(writeEnd)
    }
}

typealias SignalHandler = @convention(c) (Int32) -> Void

/// Only async-signal-safe calls here: `write` and `errno`.
private func forwardSignal(_ signalNumber: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = saved
}
