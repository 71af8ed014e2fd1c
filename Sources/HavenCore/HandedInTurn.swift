import Synchronization

/// Values given out one at a time, first to last, each let go by the list once given: work on
/// another thread that takes them in turn holds only the one it is on, not all of them to its end.
final class HandedInTurn<Value: Sendable>: Sendable {
    private let remaining: Mutex<[Value]>

    init(_ values: [Value]) {
        remaining = Mutex(values.reversed())
    }

    /// The next value, or nil when all have been given out.
    func next() -> Value? {
        remaining.withLock { $0.popLast() }
    }
}
