/// Each unknown's position for the move search (`MoveCertifier`): `axes` values per variable, its
/// merged atom's value per dimension and then its category, `-1` where a coordinate is mixed.
///
/// One flat list: a list per variable took 3.4 MB for a national question system's 60,000
/// unknowns, where their values fill a quarter of a megabyte.
struct CellCoordinates: Sendable {
    /// How many variables have a position.
    let count: Int
    /// Coordinates per variable.
    let axes: Int
    private let values: [Int32]

    /// `count` positions of `axes` coordinates, the first variable's first.
    init(count: Int, axes: Int, values: [Int32]) {
        precondition(values.count == count * axes)
        self.count = count
        self.axes = axes
        self.values = values
    }

    /// The positions listed one per variable, each with the same number of coordinates.
    init(_ positions: [[Int32]]) {
        let axes = positions.first?.count ?? 0
        precondition(positions.allSatisfy { $0.count == axes })
        self.init(count: positions.count, axes: axes, values: positions.flatMap { $0 })
    }

    subscript(variable: Int, axis: Int) -> Int32 {
        values[variable * axes + axis]
    }
}
