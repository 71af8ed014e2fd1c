/// Disjoint sets whose elements each carry a parity to their set's root: a two-colouring grown
/// one pair at a time, where two elements of one set have the same colour when their parities
/// agree. Written here for the reason `UnionFind` is.
///
/// A type of its own rather than a function nested in its caller over the caller's lists: lists a
/// nested function mutates were checked for exclusive access on every read, at run time, and the
/// checks were a third of the flow network's building in the audit of a small file spread over
/// many sites.
struct ParityUnionFind {
    private var parent: [Int]
    private var parity: [UInt8]

    /// `count` elements, each alone in its set.
    init(count: Int) {
        parent = Array(0..<count)
        parity = [UInt8](repeating: 0, count: count)
    }

    /// The root of `element`'s set, and the element's parity to it. Compresses the path, keeping
    /// each element's parity to the root.
    mutating func find(_ element: Int) -> (root: Int, parity: UInt8) {
        var root = element
        var total: UInt8 = 0
        while parent[root] != root {
            total ^= parity[root]
            root = parent[root]
        }
        var current = element
        var toRoot = total
        while parent[current] != current {
            let next = parent[current]
            let own = parity[current]
            parent[current] = root
            parity[current] = toRoot
            toRoot ^= own
            current = next
        }
        return (root, total)
    }

    /// Joins the sets of two elements, found as `a` and `b` in different sets, so that the
    /// elements' colours differ.
    mutating func joinApart(_ a: (root: Int, parity: UInt8), _ b: (root: Int, parity: UInt8)) {
        precondition(a.root != b.root, "elements of one set are told apart by their parities, not joined")
        parent[b.root] = a.root
        parity[b.root] = a.parity ^ b.parity ^ 1
    }
}
