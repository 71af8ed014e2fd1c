import Testing

@testable import HavenCore

/// The flow network splits published sets into two laminar families with this colouring: after any
/// sequence of "these two differ" joins, two elements must share a set exactly when the joins
/// connect them, and their colours must differ exactly when an odd number of joins separates them.
@Suite("two-colouring grown pair by pair")
struct ParityUnionFindTests {
    @Test("colours agree with a breadth-first colouring of the joins, however paths were compressed", arguments: 0..<20)
    func matchesBreadthFirstColouring(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let count = 40
        var colours = ParityUnionFind(count: count)
        var edges: [[Int]] = Array(repeating: [], count: count)
        for _ in 0..<60 {
            let a = Int.random(in: 0..<count, using: &generator)
            let b = Int.random(in: 0..<count, using: &generator)
            let (foundA, foundB) = (colours.find(a), colours.find(b))
            guard foundA.root != foundB.root else { continue }
            colours.joinApart(foundA, foundB)
            edges[a].append(b)
            edges[b].append(a)
        }
        // Breadth-first from each uncoloured element: the reference colouring.
        var reference = [Int?](repeating: nil, count: count)
        var component = [Int](repeating: -1, count: count)
        for start in 0..<count where reference[start] == nil {
            reference[start] = 0
            component[start] = start
            var queue = [start]
            while let next = queue.popLast() {
                for neighbour in edges[next] where reference[neighbour] == nil {
                    reference[neighbour] = 1 - reference[next]!
                    component[neighbour] = start
                    queue.append(neighbour)
                }
            }
        }
        for a in 0..<count {
            for b in 0..<count {
                let (foundA, foundB) = (colours.find(a), colours.find(b))
                #expect((foundA.root == foundB.root) == (component[a] == component[b]))
                if component[a] == component[b] {
                    #expect((foundA.parity == foundB.parity) == (reference[a] == reference[b]))
                }
            }
        }
    }

    @Test("an element alone is its own root, with parity zero")
    func alone() {
        var colours = ParityUnionFind(count: 3)
        #expect(colours.find(2) == (root: 2, parity: 0))
    }
}
