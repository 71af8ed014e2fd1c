/// A certificate for protected quantities whose group no published number sets apart: people
/// exchanged between atoms that lie in exactly the same published groups change no published number,
/// so an attacker cannot tell a table where they moved into the protected group from the true one.
///
/// When a national report withholds every table naming the site, each site's hidden cells can be
/// filled from any other site's respondents of the same role; this proves a quarter's millions of
/// such quantities safe by summing spare people once per class, where the move search and the flow
/// network would first build the system's model over every atom.
///
/// A person moves only out of an atom and category that keeps at least one person: every lower bound
/// the attacker holds (a hidden group is not empty, a hidden count is not zero, an insider's own
/// answer) is a sum of cells that are positive in the true table, so each still holds after the
/// moves. What the certificate cannot prove, the caller audits in full.
struct ExchangeCertifier {
    private let width: Int
    private let values: [Int]
    /// Each atom's class: the atoms in exactly the same published groups.
    private let classes: [Int]
    /// Per class and category (`class * width + category`), the people who may leave their atom.
    private let spare: [Int]

    /// A certifier for a system of `atomCount` atoms with `width` categories each, whose unknowns
    /// (`atom * width + category`) truly are `values`, where the attacker knows sums over the
    /// atoms of each of `publishedGroups` (any categories).
    init(atomCount: Int, width: Int, publishedGroups: [[Int]], values: [Int]) {
        self.width = width
        self.values = values
        var signatures = [[Int]](repeating: [], count: atomCount)
        for (index, atoms) in publishedGroups.enumerated() {
            for atom in atoms { signatures[atom].append(index) }
        }
        var indexBySignature: [[Int]: Int] = [:]
        classes = signatures.map { signature in
            if let index = indexBySignature[signature] { return index }
            indexBySignature[signature] = indexBySignature.count
            return indexBySignature.count - 1
        }
        var spare = [Int](repeating: 0, count: indexBySignature.count * width)
        for variable in values.indices {
            spare[classes[variable / width] * width + variable % width] += Self.spare(values[variable])
        }
        self.spare = spare
    }

    /// The interval that moving every spare person of the quantity's classes and categories into it
    /// proves, from its true `value` up; nil when nobody can move in.
    func interval(of variables: [Int], value: Int) -> AttackerInterval? {
        var inside: [Int: Int] = [:]
        for variable in variables {
            inside[classes[variable / width] * width + variable % width, default: 0] += Self.spare(values[variable])
        }
        let rise = inside.reduce(0) { $0 + spare[$1.key] - $1.value }
        return rise > 0 ? AttackerInterval(lower: value, upper: value + rise) : nil
    }

    private static func spare(_ count: Int) -> Int {
        max(count - 1, 0)
    }
}
