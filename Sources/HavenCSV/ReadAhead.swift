import Dispatch

/// The hand-over between a reader's parsing thread and the thread handling its records: a ring
/// of batches, each at any moment either free for the parser or filled for the handler.
final class ReadAhead: @unchecked Sendable {
    /// One batch of the ring, owned by one thread at a time: the parser from a `free` wait until
    /// its `filled` signal, the handler from a `filled` wait until its `free` signal.
    private final class Slot {
        var batch = RowBatch()
        /// Set by the parser on its last batch.
        var isLast = false
    }

    private let slots = (0..<ReadAhead.depth).map { _ in Slot() }
    /// Created at zero and signalled up to `depth`: libdispatch traps when a semaphore is
    /// released holding less than its initial value, which a ring stopped early may.
    private let free = DispatchSemaphore(value: 0)
    private let filled = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// Written by the parser before `finished` is signalled, read by the handler after it.
    private var failure: (any Error)?
    /// Written by the handler before it frees a slot, read by the parser after taking one.
    private var cancelled = false

    /// Batches in flight: one being filled, one being handled, one waiting.
    static let depth = 3

    init() {
        for _ in 0..<Self.depth {
            free.signal()
        }
    }

    /// Runs on the parsing thread: reads every record of `reader` into the ring, marked by `mark`.
    func produce(_ reader: CSVReader, marking mark: (CSVRow) -> Bool) {
        struct Stop: Error {}
        var index = 0
        free.wait()
        do {
            try reader.forEachRow { row in
                slots[index].batch.append(row, mark: mark(row))
                guard slots[index].batch.isFull else { return }
                filled.signal()
                index = (index + 1) % Self.depth
                free.wait()
                if cancelled { throw Stop() }
                slots[index].batch.removeAll()
            }
        } catch is Stop {
        } catch {
            failure = error
        }
        slots[index].isLast = true
        filled.signal()
        finished.signal()
    }

    /// Runs on the calling thread: hands every record to `body` in file order, then rethrows a
    /// failure of the parser; if `body` throws, stops the parser and rethrows that.
    func consume(_ body: (CSVRow, Bool) throws -> Void) throws {
        var index = 0
        while true {
            filled.wait()
            let slot = slots[index]
            do {
                try slot.batch.forEach(body)
            } catch {
                cancelled = true
                if !slot.isLast { free.signal() }
                finished.wait()
                throw error
            }
            if slot.isLast {
                finished.wait()
                if let failure { throw failure }
                return
            }
            free.signal()
            index = (index + 1) % Self.depth
        }
    }
}
