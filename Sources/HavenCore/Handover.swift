import Dispatch

/// A value made on a thread of its own while the starter does other work, then handed to the
/// starter whole, or never taken and dropped. The maker lets go of the value before the starter
/// takes it, so the value needs no `Sendable` of its own: the audit's flow network is not, and
/// sharing it never happens.
final class Handover<Value>: @unchecked Sendable {
    // Written by the making thread before `made` is signalled, read by the taking thread after
    // waiting for it: never by both at once.
    private var value: Value?
    private let made = DispatchSemaphore(value: 0)

    /// Starts making the value.
    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = make()
            made.signal()
        }
    }

    /// Waits for the value and takes it; called at most once.
    func take() -> Value {
        made.wait()
        // Set before `made` was signalled.
        return value.take()!
    }
}
