/// Each unknown's position for the move search (`MoveCertifier`): `axes` values per variable, its
/// merged atom's value per dimension and then its category, `-1` where a coordinate is mixed.
///
/// One flat list: a list per variable took 3.4 MB for a national question system's 60,000
/// unknowns, where their values fill a quarter of a megabyte. A quarter's model gives its
/// atoms' values once and the categories by count (`init(atoms:categories:)`): listed per
/// variable, they were 0.85 MB of a national probe's peak, read once while the search is prepared.
struct CellCoordinates: Sendable {
    /// How many variables have a position.
    let count: Int
    /// Coordinates per variable.
    let axes: Int
    /// Per variable, every coordinate; or per atom, every coordinate but the category, when
    /// `categories` is above zero.
    private let values: [Int32]
    /// Each atom's variables, one per category in turn; 0 when `values` lists every variable.
    private let categories: Int

    /// `count` positions of `axes` coordinates, the first variable's first.
    init(count: Int, axes: Int, values: [Int32]) {
        precondition(values.count == count * axes)
        self.count = count
        self.axes = axes
        self.values = values
        categories = 0
    }

    /// The positions listed one per variable, each with the same number of coordinates.
    init(_ positions: [[Int32]]) {
        let axes = positions.first?.count ?? 0
        precondition(positions.allSatisfy { $0.count == axes })
        self.init(count: positions.count, axes: axes, values: positions.flatMap { $0 })
    }

    /// The positions of `categories` variables per atom, an atom's variables one after another:
    /// each atom's `dimensions` values in `atoms`, then the variable's category.
    init(atoms: [Int32], dimensions: Int, categories: Int) {
        precondition(dimensions > 0 && atoms.count % dimensions == 0)
        // No category, no unknown: then nothing is listed, as a list per variable would list it.
        count = atoms.count / dimensions * categories
        axes = dimensions + 1
        values = categories > 0 ? atoms : []
        self.categories = categories
    }

    subscript(variable: Int, axis: Int) -> Int32 {
        guard categories > 0 else { return values[variable * axes + axis] }
        return axis == axes - 1 ? Int32(variable % categories) : values[variable / categories * (axes - 1) + axis]
    }
}
