/// Proves protection where the attacker's system is too large for the exact LP, by exhibiting
/// other tables the attacker cannot tell from the true one: §4.3's rectangle and hypercube witness,
/// generalised to any system whose unknowns have coordinates.
///
/// A move is an integer vector that changes no published number: added to the true counts, it gives
/// another table consistent with everything released. The candidates are two cells of a line, or
/// the corners of a rectangle or a cube in the cells' coordinates (dimension values and answer category) with alternating
/// signs, so every total over a whole coordinate stays the same; each candidate is still checked
/// against every relation of the system and used only if it changes none. If moves raise a quantity
/// to `U` and lower it to `L`, the attacker's interval is at least `[L, U]`: the witnesses are
/// integer solutions, so this holds for the exact integer attacker as well as for the LP bounds.
///
/// For the insider re-run, `holdsForEveryInsider` looks for witnesses that keep every cell holding
/// someone at one or more: that is all any one respondent knows about their own cell, so one such
/// witness serves every insider at once. A search that finds too little only makes the audit
/// report the quantity unprotected, so more is hidden: fail closed.
struct MoveCertifier: Sendable {
    /// One corner of a move: a cell and the sign of its change.
    private typealias Corner = (variable: Int, sign: Int)

    /// Cells tried along one coordinate for a rectangle, and for a cube (per coordinate), in the
    /// order of `lines`. The caps keep a failed search short; a miss costs protection effort, never safety.
    static let rectangleBreadth = 256
    static let cubeBreadth = 8
    /// Far corners looked up per seed for cubes before giving up.
    static let lookupLimit = 20_000
    /// Candidate moves tried per quantity and direction before giving up.
    static let attemptLimit = 2000

    private let values: [Int]
    /// The least value each cell may take: the attacker's known minimum on that cell alone.
    /// 32-bit, as the system's unknowns are: nearly all are 0.
    private let floors: [Int32]
    private let upperBounds: UpperBounds
    /// Per variable, the published relations it appears in, with its coefficient.
    private let equalitiesOf: ConstraintIncidence
    private let equalities: [LinearConstraint]
    private let lowerBounds: [LinearConstraint]
    private let lowerBoundsOf: ConstraintIncidence
    /// Per published relation whose terms are all `+1`, how far its unknowns can fall in total:
    /// to zero, and to one where someone is. Raising a cell takes as much from the rest of every
    /// such relation it is in, so these settle most hopeless searches without trying a move.
    private let room: [(plain: Int, keepingNonEmpty: Int)?]
    /// Each variable's coordinates packed into one key, a field per coordinate (value + 1, so 0
    /// marks a mixed coordinate); nil when they do not fit in 64 bits, and then no move is tried.
    private let packed: [UInt64]?
    private let fields: [(shift: UInt64, mask: UInt64)]
    /// The unknown cells by packed coordinates.
    private let cells: KeyedSlots<PackedCoordinates>
    /// Whether a variable is an unknown cell the search may move (the one `cells` holds at its
    /// coordinates).
    private let isMovable: [Bool]
    /// Per coordinate, the unknown cells of each line (every other coordinate fixed, keyed by the
    /// packed coordinates with that field cleared): those in the fewest shown totals first, then
    /// the fullest.
    private let lines: [LineIndex]

    /// Prepares the search over `system`, whose true solution is `values`. `coordinates` gives each
    /// variable's position (`-1` where a coordinate is mixed and cannot vary); moves touch only
    /// variables for which `isUnknown` holds. `equalitiesOf` is the incidence of the system's
    /// equalities where the caller has it.
    init(system: AttackerSystem, values: [Int], coordinates: consuming CellCoordinates, isUnknown: (Int) -> Bool, equalitiesOf: ConstraintIncidence? = nil) {
        precondition(values.count == system.variableCount && coordinates.count == system.variableCount)
        self.values = values
        upperBounds = system.upperBounds
        self.equalitiesOf = system.equalityIncidence(equalitiesOf)
        equalities = system.equalities
        lowerBounds = system.lowerBounds
        lowerBoundsOf = ConstraintIncidence(system.lowerBounds, variableCount: values.count)
        var floors = [Int32](repeating: 0, count: values.count)
        for bound in system.lowerBounds where bound.terms.count == 1 && bound.terms[0].coefficient > 0 {
            let term = bound.terms[0]
            // Never narrowed: a floor held lower than it is would let a move go below it.
            guard let floor = Int32(exactly: (bound.value + term.coefficient - 1) / term.coefficient) else {
                preconditionFailure("a cell's known minimum is beyond 32 bits")
            }
            floors[term.variable] = max(floors[term.variable], floor)
        }
        self.floors = floors
        let nonEmptyFloor = { (variable: Int) in Self.nonEmptyFloor(Int(floors[variable]), value: values[variable]) }
        room = system.equalities.map { equality in
            guard equality.terms.allSatisfy({ $0.coefficient == 1 }) else { return nil }
            // Summed in place: listed, the organisation's total's unknowns were 1.1 MB of a
            // national question system's probe at its peak.
            var room = (plain: 0, keepingNonEmpty: 0)
            for variable in equality.terms.lazy.map(\.variable) where isUnknown(variable) {
                room.plain += values[variable] - Int(floors[variable])
                room.keepingNonEmpty += values[variable] - nonEmptyFloor(variable)
            }
            return room
        }
        let axes = coordinates.axes
        var fields: [(shift: UInt64, mask: UInt64)] = []
        var used: UInt64 = 0
        for axis in 0..<axes {
            let largest = (0..<coordinates.count).reduce(Int32(0)) { max($0, coordinates[$1, axis]) }
            let width = UInt64(Int32.bitWidth - (largest + 1).leadingZeroBitCount)
            fields.append((used, (1 << width) - 1))
            used += width
        }
        self.fields = fields
        guard used <= 64 else {
            packed = nil
            cells = KeyedSlots(capacity: 0, keys: PackedCoordinates(packed: []))
            isMovable = []
            lines = []
            return
        }
        let packed = (0..<coordinates.count).map { variable in
            fields.indices.reduce(UInt64(0)) { $0 | (UInt64(coordinates[variable, $1] + 1) << fields[$1].shift) }
        }
        self.packed = packed
        // The coordinates are in `packed` now, a field of 0 marking a mixed one: let go before the
        // indexes are built, where a national question system's were 0.85 MB of its probe's peak.
        _ = consume coordinates
        var unknown: [Int32] = []
        for variable in values.indices where isUnknown(variable) { unknown.append(Int32(variable)) }
        var cells = KeyedSlots(capacity: unknown.count, keys: PackedCoordinates(packed: packed))
        for variable in unknown {
            cells.insert(Int(variable))
        }
        isMovable = values.indices.map { cells[packed[$0]] == $0 }
        self.cells = cells
        // Cells in fewer shown totals first (a small site's, whose own totals are hidden): a move
        // through them is the likeliest to be invisible; then the fullest, with the most room.
        let shownTotals = self.equalitiesOf
        lines = fields.indices.map { axis in
            let cleared = ~(fields[axis].mask << fields[axis].shift)
            let field = fields[axis]
            return LineIndex(unknown.filter { (packed[Int($0)] >> field.shift) & field.mask != 0 }, packed: packed, cleared: cleared) {
                (shownTotals.count(of: $0), values[$1], $0) < (shownTotals.count(of: $1), values[$0], $1)
            }
        }
    }

    /// The interval `objective` (a sum of variables whose true total is `value`) is certified to
    /// reach: up to `value + raise` and down to `value − lower`, searching no further than asked,
    /// and not upwards at all when a published relation shows `raise` is out of reach (the audit
    /// asks for what the requirement needs, so partial progress would not change its verdict).
    func interval(of objective: [Int], value: Int, raise: Int, lower: Int) -> AttackerInterval {
        let raised = raise > 0 ? shift(objective, by: raise, direction: 1, keepingNonEmpty: false).achieved : 0
        let lowered = lower > 0 ? shift(objective, by: lower, direction: -1, keepingNonEmpty: false).achieved : 0
        return AttackerInterval(lower: value - lowered, upper: value + raised)
    }

    /// Whether `objective` can still move by one, up or down, for every respondent who knows their
    /// own answer: then none of them learns it exactly. A respondent knows only that their own cell
    /// holds one or more, so one witness keeping every such cell at one or more serves them all.
    /// Failing that, two witnesses do when the second keeps at one or more every cell the first
    /// empties: a respondent in a cell the first empties uses the second, everyone else the first.
    func holdsForEveryInsider(_ objective: [Int]) -> Bool {
        func movesByOne(keepingNonEmpty: Bool, alsoKeeping kept: [Int] = []) -> Bool {
            [1, -1].contains { shift(objective, by: 1, direction: $0, keepingNonEmpty: keepingNonEmpty, alsoKeeping: kept).achieved == 1 }
        }
        if movesByOne(keepingNonEmpty: true) { return true }
        return [1, -1].contains { direction in
            let first = shift(objective, by: 1, direction: direction, keepingNonEmpty: false)
            guard first.achieved == 1 else { return false }
            let emptied = first.moved.changes.filter { values[$0.variable] >= 1 && values[$0.variable] + $0.delta == 0 }.map(\.variable)
            return movesByOne(keepingNonEmpty: false, alsoKeeping: emptied)
        }
    }

    /// Moves `objective` by up to `amount` in `direction` (+1 up, −1 down) through a sum of
    /// invisible moves that keeps every cell within its bounds (at one or more where someone is, if
    /// `keepingNonEmpty`, or for the cells `alsoKeeping` lists); returns how far it got (nothing
    /// when a relation puts `amount` out of reach) and the witness's change, cell by cell.
    private func shift(
        _ objective: [Int], by amount: Int, direction: Int, keepingNonEmpty: Bool, alsoKeeping kept: [Int] = []
    ) -> (achieved: Int, moved: Displacement) {
        if direction > 0, objective.count == 1, reachable(objective[0], keepingNonEmpty: keepingNonEmpty) < amount {
            return (0, Displacement())
        }
        func floor(_ variable: Int) -> Int {
            keepingNonEmpty || kept.contains(variable) ? nonEmptyFloor(variable) : Int(floors[variable])
        }
        // Objectives are mostly one to a few cells, where scanning is quickest; a larger one (a
        // group's size, over its atoms) is searched in order, where hashing every corner of every
        // candidate was a fiftieth of the audit of a small file spread over many sites.
        let ordered = objective.count > 16 ? (objective.isStrictlyIncreasing ? objective : objective.sorted()) : nil
        func isMember(_ variable: Int) -> Bool { ordered?.increasingContains(variable) ?? objective.contains(variable) }
        var moved = Displacement()
        var lowerBoundSums: [Int: Int] = [:]
        var changes: [(row: Int, change: Int)] = []
        var achieved = 0
        var attempts = 0
        for seed in objective where isMovable.indices.contains(seed) && isMovable[seed] {
            forEachMove(around: seed) { corners in
                attempts += 1
                if attempts > Self.attemptLimit { return true }
                let effect = corners.reduce(0) { isMember($1.variable) ? $0 + $1.sign : $0 }
                guard effect > 0 else { return false }
                var room = Int.max
                for corner in corners {
                    let current = values[corner.variable] + moved[corner.variable]
                    if corner.sign * direction < 0 {
                        room = min(room, current - floor(corner.variable))
                    } else if let bound = upperBounds[corner.variable] {
                        room = min(room, bound - current)
                    }
                }
                guard room >= 1, isInvisible(corners, using: &changes) else { return false }
                var steps = min(room, (amount - achieved + effect - 1) / effect)
                while steps >= 1, !keepsLowerBounds(corners, times: steps * direction, moved: moved, sums: &lowerBoundSums) {
                    steps /= 2
                }
                guard steps >= 1 else { return false }
                for corner in corners {
                    moved.add(corner.sign * direction * steps, to: corner.variable)
                }
                achieved += effect * steps
                return achieved >= amount
            }
            if achieved >= amount || attempts > Self.attemptLimit { break }
        }
        return (min(achieved, amount), moved)
    }

    /// The axis every invisible product move around `seed` must vary, if a small relation forces
    /// one: when all the other unknowns of a relation holding the seed differ from it along one
    /// axis only (a shown group's other answers), a move that keeps that axis fixed changes the
    /// relation's total, whatever else it does.
    private func requiredAxis(_ seed: Int, key: UInt64) -> Int? {
        guard let packed else { return nil }
        for (row, _) in equalitiesOf[seed] where equalities[row].terms.count <= 16 {
            var axis: Int?
            var single = true
            for term in equalities[row].terms where term.variable != seed && isMovable[term.variable] {
                let differing = fields.indices.filter { (packed[term.variable] ^ key) & (fields[$0].mask << fields[$0].shift) != 0 }
                guard differing.count == 1, axis == nil || axis == differing[0] else {
                    single = false
                    break
                }
                axis = differing[0]
            }
            if single, let axis { return axis }
        }
        return nil
    }

    /// The least value `variable` may take where someone is kept in it: what every insider's
    /// witness must keep. Worked out when asked, where a list of it was 0.6 MB of a national
    /// question system's move search.
    private func nonEmptyFloor(_ variable: Int) -> Int {
        Self.nonEmptyFloor(Int(floors[variable]), value: values[variable])
    }

    private static func nonEmptyFloor(_ floor: Int, value: Int) -> Int {
        max(floor, min(value, 1))
    }

    /// An upper bound on how far `variable` can rise: what the rest of its tightest all-`+1`
    /// relation can give.
    private func reachable(_ variable: Int, keepingNonEmpty: Bool) -> Int {
        let own = values[variable] - (keepingNonEmpty ? nonEmptyFloor(variable) : Int(floors[variable]))
        return equalitiesOf[variable].reduce(Int.max) { bound, entry in
            guard let room = room[entry.row] else { return bound }
            return min(bound, (keepingNonEmpty ? room.keepingNonEmpty : room.plain) - own)
        }
    }

    /// Whether the move changes no published relation; `changes` is scratch space kept between calls.
    private func isInvisible(_ corners: [Corner], using changes: inout [(row: Int, change: Int)]) -> Bool {
        changes.removeAll(keepingCapacity: true)
        for corner in corners {
            for (row, coefficient) in equalitiesOf[corner.variable] {
                changes.append((row, corner.sign * coefficient))
            }
        }
        changes.sort { $0.row < $1.row }
        var index = changes.startIndex
        while index < changes.endIndex {
            var total = 0
            let row = changes[index].row
            while index < changes.endIndex, changes[index].row == row {
                total += changes[index].change
                index += 1
            }
            if total != 0 { return false }
        }
        return true
    }

    /// Whether every known minimum the move touches still holds after `times` of it on top of `moved`.
    private func keepsLowerBounds(_ corners: [Corner], times: Int, moved: Displacement, sums: inout [Int: Int]) -> Bool {
        // A move touches a few known minimums at most: listed and merged by row, not hashed.
        var touched: [(row: Int, delta: Int)] = []
        for corner in corners {
            for (row, coefficient) in lowerBoundsOf[corner.variable] {
                touched.append((row, corner.sign * coefficient * times))
            }
        }
        guard !touched.isEmpty else { return true }
        touched.sort { $0.row < $1.row }
        var change: [(row: Int, delta: Int)] = []
        for entry in touched {
            if change.last?.row == entry.row { change[change.count - 1].delta += entry.delta } else { change.append(entry) }
        }
        for (row, delta) in change where delta < 0 {
            let current = sums[row] ?? lowerBounds[row].terms.reduce(0) { total, term in
                total + term.coefficient * (values[term.variable] + moved[term.variable])
            }
            sums[row] = current
            if current + delta < lowerBounds[row].value { return false }
        }
        for (row, delta) in change where sums[row] != nil {
            sums[row]? += delta
        }
        return true
    }

    /// Calls `body` with each candidate move around `seed` (the seed's sign +1): exchanges along one
    /// coordinate (invisible where no shown total tells the two cells apart), rectangles over every
    /// pair of coordinates, then cubes over every triple, until `body` returns true.
    private func forEachMove(around seed: Int, _ body: ([Corner]) -> Bool) {
        guard let packed else { return }
        let key = packed[seed]
        let axes = fields.indices
        // No move looks further along a line than `rectangleBreadth` cells; a national table's
        // site lines hold thousands.
        let neighbours = axes.map { axis -> [Int] in
            Array(lines[axis][key & ~(fields[axis].mask << fields[axis].shift)].lazy.map(Int.init).filter { $0 != seed }.prefix(Self.rectangleBreadth))
        }
        let required = requiredAxis(seed, key: key)
        /// Whether a move varying `axes` can be invisible: it must vary the required axis.
        func allowed(_ axes: Int...) -> Bool { required.map(axes.contains) ?? true }
        /// `key` with the field of `axis` taken from the position of cell `from`.
        func moved(_ key: UInt64, _ axis: Int, from: Int) -> UInt64 {
            let field = fields[axis].mask << fields[axis].shift
            return (key & ~field) | (packed[from] & field)
        }
        // Each shape's corners in one list, its cells changed in place from one candidate to the
        // next: a list made for every candidate (and for every corner looked up) was a fifth of
        // the audit of a small file spread over many sites, in allocation alone.
        var line: [Corner] = [(seed, 1), (seed, -1)]
        for i in axes where allowed(i) {
            for a in neighbours[i].prefix(Self.rectangleBreadth) {
                line[1].variable = a
                if body(line) { return }
            }
        }
        var rectangle: [Corner] = [(seed, 1), (seed, -1), (seed, -1), (seed, 1)]
        for i in axes {
            for j in axes where j > i && allowed(i, j) {
                for a in neighbours[i].prefix(Self.rectangleBreadth) {
                    for b in neighbours[j].prefix(Self.rectangleBreadth) {
                        guard let ab = cells[moved(moved(key, i, from: a), j, from: b)] else { continue }
                        rectangle[1].variable = a
                        rectangle[2].variable = b
                        rectangle[3].variable = ab
                        if body(rectangle) { return }
                    }
                }
            }
        }
        // The longest line is scanned furthest, innermost: a cube needs three more hidden corners
        // in the far cell's neighbourhood, which only a few of many sites offer.
        var lookups = 0
        var cube: [Corner] = [(seed, 1), (seed, -1), (seed, -1), (seed, -1), (seed, 1), (seed, 1), (seed, 1), (seed, -1)]
        for i in axes {
            for j in axes where j > i {
                for l in axes where l > j && allowed(i, j, l) {
                    let order = [i, j, l].sorted { (neighbours[$0].count, $0) < (neighbours[$1].count, $1) }
                    let (p, q, r) = (order[0], order[1], order[2])
                    for a in neighbours[p].prefix(Self.cubeBreadth) {
                        let keyA = moved(key, p, from: a)
                        for b in neighbours[q].prefix(Self.cubeBreadth) {
                            let keyAB = moved(keyA, q, from: b)
                            guard let ab = cells[keyAB] else { continue }
                            for c in neighbours[r].prefix(Self.rectangleBreadth) {
                                lookups += 1
                                if lookups > Self.lookupLimit { return }
                                guard let ac = cells[moved(keyA, r, from: c)], let bc = cells[moved(moved(key, q, from: b), r, from: c)],
                                    let abc = cells[moved(keyAB, r, from: c)]
                                else { continue }
                                cube[1].variable = a
                                cube[2].variable = b
                                cube[3].variable = c
                                cube[4].variable = ab
                                cube[5].variable = ac
                                cube[6].variable = bc
                                cube[7].variable = abc
                                if body(cube) { return }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The change a search has made so far, cell by cell. A witness touches a few dozen cells at most,
/// and most searches touch none, so a scanned list beats hashing every corner of every attempt.
private struct Displacement {
    private(set) var changes: [(variable: Int, delta: Int)] = []

    subscript(variable: Int) -> Int {
        changes.first { $0.variable == variable }?.delta ?? 0
    }

    mutating func add(_ delta: Int, to variable: Int) {
        if let index = changes.firstIndex(where: { $0.variable == variable }) {
            changes[index].delta += delta
        } else {
            changes.append((variable, delta))
        }
    }
}

/// The move search's cells by their packed coordinates (`KeyedSlots`).
private struct PackedCoordinates: SlotKeys {
    let packed: [UInt64]

    func key(of cell: Int) -> UInt64 {
        packed[cell]
    }
}
