@testable import HavenCore
import Testing

extension AuditMath {
    @Suite("tables that keep numbers alone and read their keys back")
    struct KeyedSlotsTests {
        /// Keys read from a list, as the move search reads its cells' packed coordinates.
        private struct ListedKeys: SlotKeys {
            let keys: [UInt64]
            func key(of number: Int) -> UInt64 { keys[number] }
        }

        @Test("each number is found at its key, and a key held by none finds nothing, in a table as full as it is made for")
        func lookups() {
            // Keys that collide in the hash's top bits often: multiples of a large power of two.
            let keys = (0..<1_000).map { UInt64($0) << 40 | UInt64($0 % 7) }
            var table = KeyedSlots(capacity: keys.count, keys: ListedKeys(keys: keys))
            for number in keys.indices { table.insert(number) }
            #expect(keys.indices.filter { table[keys[$0]] != $0 }.prefix(3) == [])
            let absent = (1_000..<3_000).map { UInt64($0) << 40 | 3 }
            #expect(absent.filter { table[$0] != nil }.prefix(3) == [])
        }

        @Test("a number inserted at a key another holds takes its place, and the table counts it once")
        func replacing() {
            // Numbers 0 and 2 share a key, as two unknowns with the same coordinates do.
            let keys: [UInt64] = [42, 7, 42]
            var table = KeyedSlots(capacity: 2, keys: ListedKeys(keys: keys))
            table.insert(0)
            table.insert(1)
            table.insert(2)
            #expect(table[42] == 2)
            #expect(table[7] == 1)
        }

        @Test("lines keep their cells in the order asked, each found by any of its cells' keys with the line's field cleared")
        func lines() {
            // Cells on a 3 x 4 grid, packed as row << 8 | column; lines along the column field.
            let packed = (0..<12).map { UInt64($0 / 4) << 8 | UInt64($0 % 4) }
            let cleared = ~UInt64(0xFF)
            let index = LineIndex([11, 0, 5, 2, 9, 6], packed: packed, cleared: cleared) { $0 > $1 }
            #expect(Array(index[0 << 8]) == [2, 0])
            #expect(Array(index[1 << 8]) == [6, 5])
            #expect(Array(index[2 << 8]) == [11, 9])
            #expect(index[3 << 8].isEmpty)
            #expect(LineIndex([], packed: packed, cleared: cleared) { $0 < $1 }[0].isEmpty)
        }

        @Test("a union-find's roots are each element's, as finding each would give")
        func roots() {
            var parts = UnionFind(count: 8)
            parts.union(5, 1)
            parts.union(6, 5)
            parts.union(3, 7)
            var found = parts
            let expected = (0..<8).map { Int32(found.find($0)) }
            #expect(parts.roots() == expected)
            #expect(expected == [0, 1, 2, 3, 4, 1, 1, 3])
        }
    }
}
