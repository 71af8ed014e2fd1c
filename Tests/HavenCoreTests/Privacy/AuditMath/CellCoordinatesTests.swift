@testable import HavenCore
import Testing

extension AuditMath {
    @Suite("each unknown's coordinates for the move search")
    struct CellCoordinatesTests {
        @Test("given per atom, each variable reads its atom's values, then its category, as a list per variable would")
        func perAtom() {
            // Three atoms over two dimensions (the second mixed in the last), four categories each.
            let atoms: [Int32] = [0, 2, 1, 0, 4, -1]
            let coordinates = CellCoordinates(atoms: atoms, dimensions: 2, categories: 4)
            let positions: [[Int32]] = (0..<12).map { (variable: Int) -> [Int32] in
                let start = variable / 4 * 2
                return [atoms[start], atoms[start + 1], Int32(variable % 4)]
            }
            let listed = CellCoordinates(positions)
            #expect(coordinates.count == 12 && coordinates.axes == 3)
            let read: [[Int32]] = (0..<12).map { variable in (0..<3).map { coordinates[variable, $0] } }
            let expected: [[Int32]] = (0..<12).map { variable in (0..<3).map { listed[variable, $0] } }
            #expect(read == expected)
            #expect(read[11] == [4, -1, 3])
        }

        @Test("no category: no unknown")
        func noCategory() {
            let coordinates = CellCoordinates(atoms: [0, 1], dimensions: 2, categories: 0)
            #expect(coordinates.count == 0 && coordinates.axes == 3)
        }
    }
}
