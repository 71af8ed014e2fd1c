extension Array {
    /// The elements that are not nil, in order, in a list reserved once for all the elements:
    /// `compactMap` grows its result by doubling, and the engine keeps lists of a million findings
    /// between audits (where every element is present).
    func presentElements<Wrapped>() -> [Wrapped] where Element == Wrapped? {
        var present: [Wrapped] = []
        present.reserveCapacity(count)
        for case let element? in self { present.append(element) }
        return present
    }
}
