import Dispatch
import Synchronization

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `transform` of every element, run on every core, the results in the elements' order.
    ///
    /// The engine's passes over a national quarter (groups to tabulate, slices of figures, audit
    /// systems, comment texts) are independent item by item; their results are large (a million
    /// findings, five million figures), so they are taken out of the lock, not copied.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let first = startIndex
        let results = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { offset in
            let result = transform(self[first + offset])
            results.withLock { $0[offset] = result }
        }
        return results.withLock { results in
            defer { results = [] }
            return results
        }.presentElements()
    }
}
