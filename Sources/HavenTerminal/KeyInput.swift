#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the full-screen front-end reacts to.
enum ScreenEvent: Equatable {
    case key(Key)
    /// The window changed size: render again.
    case resize
}

/// Key presses for the full-screen front-end, with the ways out every screen shares: Esc Esc and
/// Ctrl-X leave, Ctrl-C interrupts, signals end the pass, and an untouched screen times out.
final class KeyInput {
    /// How long a lone Escape waits for the rest of a sequence (such as `ESC [ A`).
    static let escapeDelay: Duration = .milliseconds(50)

    /// How long the screen may sit untouched before everything is discarded; nil waits forever.
    var idleTimeout: Duration?
    /// Whether one Escape was pressed, so that a second leaves.
    private(set) var escapeArmed = false

    private let waiter: InputWaiter
    private var decoder = KeyDecoder()
    private var queued: [Key] = []
    private var lastActivity = ContinuousClock.now
    private var escapeHeldSince = ContinuousClock.now

    init(waiter: InputWaiter, idleTimeout: Duration?) {
        self.waiter = waiter
        self.idleTimeout = idleTimeout
    }

    /// The next key or resize.
    ///
    /// - Throws: `Interruption` for quick exit, Ctrl-C, a signal, the idle timeout or the end of input.
    func next() throws(Interruption) -> ScreenEvent {
        while true {
            if !queued.isEmpty {
                if let event = try interpret(queued.removeFirst()) { return event }
                continue
            }
            let escapeDeadline = decoder.isWaiting ? escapeHeldSince + Self.escapeDelay : nil
            let idleDeadline = idleTimeout.map { lastActivity + $0 }
            switch waiter.wait(until: [escapeDeadline, idleDeadline].compactMap { $0 }.min()) {
            case .signal:
                let signals = waiter.signals.drain()
                if let interruption = SignalPipe.interruption(for: signals) { throw interruption }
                if signals.contains(SIGWINCH) { return .resize }
            case .input:
                let bytes = waiter.readAvailable()
                guard !bytes.isEmpty else { throw .endOfInput }
                lastActivity = .now
                queued += decoder.decode(bytes)
                if decoder.isWaiting { escapeHeldSince = .now }
            case .deadline:
                if let escapeDeadline, escapeDeadline <= .now {
                    queued += decoder.flush()
                } else if let idleDeadline, idleDeadline <= .now {
                    throw .idle
                }
            }
        }
    }

    /// Forgets keys typed ahead and a pressed Escape, so nothing carries over to the next screen
    /// after a pass ends (the next person must not inherit the last one's keystrokes).
    func discardPending() {
        queued.removeAll()
        decoder = KeyDecoder()
        escapeArmed = false
        lastActivity = .now
    }

    private func interpret(_ key: Key) throws(Interruption) -> ScreenEvent? {
        switch key {
        case .control("c"):
            throw .interrupt
        case .control("x"):
            throw .quickExit
        case .escape:
            if escapeArmed {
                escapeArmed = false
                throw .quickExit
            }
            escapeArmed = true
            return .key(.escape)
        default:
            escapeArmed = false
            return .key(key)
        }
    }
}

extension SignalPipe {
    /// How a batch of signals ends a pass, the most final first; nil when none does (SIGWINCH).
    static func interruption(for signals: [Int32]) -> Interruption? {
        if let final = signals.first(where: { [SIGTERM, SIGHUP, SIGQUIT].contains($0) }) {
            return .terminated(signal: final)
        }
        return signals.contains(SIGINT) ? .interrupt : nil
    }
}
