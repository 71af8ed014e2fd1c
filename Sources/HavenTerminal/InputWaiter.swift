#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits, with `poll()`, for whichever comes first: typed input, a signal, or a deadline.
/// Nothing blocks in `read()`, so an idle timeout or a SIGTERM always reaches the main loop.
struct InputWaiter {
    /// What woke the wait.
    enum Wake {
        case input
        case signal
        case deadline
    }

    /// The respondent's input.
    let input: Int32
    /// The signal self-pipe.
    let signals: SignalPipe

    /// Waits until `deadline` (forever when nil).
    func wait(until deadline: ContinuousClock.Instant?) -> Wake {
        while true {
            var descriptors = [
                pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: input, events: Int16(POLLIN), revents: 0),
            ]
            let timeout = deadline.map(Self.milliseconds(until:)) ?? -1
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready < 0 {
                guard errno == EINTR else { return .input }
                continue
            }
            if descriptors[0].revents != 0 { return .signal }
            // POLLHUP and POLLERR count as input: the read that follows reports the end.
            if descriptors[1].revents != 0 { return .input }
            if let deadline, deadline <= .now { return .deadline }
        }
    }

    /// Reads what is available; an empty result means the input ended.
    func readAvailable() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = read(input, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            return count > 0 ? Array(buffer[0..<count]) : []
        }
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let remaining = ContinuousClock.now.duration(to: deadline)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        // Round up, so a wake just before the deadline does not spin.
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }
}
