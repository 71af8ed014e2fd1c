/// Disjoint sets of variables joined by the constraints they share. Written here because it is
/// a dozen lines and no dependency of the project offers one.
/// Parents are 32-bit, as a system's variables are (`LinearTerms`): a national question system's
/// were two of the 0.56 MB lists at its flow network's building, the probe's peak.
struct UnionFind {
    private var parent: [Int32]

    init(count: Int) {
        precondition(count <= Int(Int32.max) + 1, "a union-find's elements are numbered in 32 bits")
        parent = (0..<count).map { Int32(truncatingIfNeeded: $0) }
    }

    mutating func find(_ element: Int) -> Int {
        var root = element
        while Int(parent[root]) != root { root = Int(parent[root]) }
        var current = element
        while Int(parent[current]) != root {
            let next = Int(parent[current])
            parent[current] = Int32(truncatingIfNeeded: root)
            current = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        if rootA != rootB { parent[max(rootA, rootB)] = Int32(truncatingIfNeeded: min(rootA, rootB)) }
    }

    /// Each element's root: the parents once every path is compressed, shared rather than copied
    /// until the next union.
    mutating func roots() -> [Int32] {
        for element in parent.indices { _ = find(element) }
        return parent
    }
}
