import Dispatch
import Synchronization

/// Work started on a thread of its own that the starter ends, and waits for, before it returns:
/// it asks the work to stop at its next check, so nothing runs on once its result cannot matter.
final class BackgroundWork: Sendable {
    private let stopping = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work`, which should return soon after `stop()` turns true.
    init(_ work: @escaping @Sendable (_ stop: () -> Bool) -> Void) {
        DispatchQueue.global(qos: .utility).async { [self] in
            work { stopping.load(ordering: .relaxed) }
            done.signal()
        }
    }

    /// Asks the work to stop and waits until it has.
    func finish() {
        stopping.store(true, ordering: .relaxed)
        done.wait()
    }
}
