extension Array {
    /// The elements that are not nil, in order, moved out of the list rather than copied: the
    /// engine keeps lists of a million findings between audits, and copying one retains each of
    /// its references (`compactMap` would also grow its result by doubling).
    consuming func presentElements<Wrapped>() -> [Wrapped] where Element == Wrapped? {
        var source = self
        let present = source.reduce(0) { $1 == nil ? $0 : $0 + 1 }
        guard present > 0 else { return [] }
        return [Wrapped](unsafeUninitializedCapacity: present) { buffer, initialized in
            source.withUnsafeMutableBufferPointer { elements in
                guard let first = elements.baseAddress, let target = buffer.baseAddress else { return }
                for index in elements.indices {
                    // Each element is moved out and nil left in its place, so the list, let go
                    // afterwards, releases nothing twice.
                    if let element = (first + index).move() {
                        (target + initialized).initialize(to: element)
                        initialized += 1
                    }
                    (first + index).initialize(to: nil)
                }
            }
        }
    }
}
