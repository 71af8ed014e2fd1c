/// The unknown cells of every line along one coordinate of the move search (`MoveCertifier`), one
/// line after another in one list, each line found by its key: the cells' packed coordinates with
/// that coordinate's field cleared.
///
/// A list per line, in a dictionary per coordinate, and a sorted copy of each, were 6 MB of a
/// national question system's move search, held beside its other structures.
struct LineIndex: Sendable {
    /// The lines, each keyed by its first cell's packed coordinates, cleared.
    private struct Lines: SlotKeys {
        let packed: [UInt64]
        let cleared: UInt64
        /// Where each line's cells start in `members`, and one more: the end of the last.
        let starts: [Int32]
        let members: [Int32]

        func key(of line: Int) -> UInt64 {
            packed[Int(members[Int(starts[line])])] & cleared
        }

        func cells(of line: Int) -> ArraySlice<Int32> {
            members[Int(starts[line])..<Int(starts[line + 1])]
        }
    }

    private let lines: KeyedSlots<Lines>

    /// The lines of `variables`, whose packed coordinates are `packed`, along the coordinate whose
    /// field `cleared` clears; each line in the order `precedes` gives.
    init(_ variables: [Int32], packed: [UInt64], cleared: UInt64, precedes: (Int, Int) -> Bool) {
        let line = { (variable: Int32) in packed[Int(variable)] & cleared }
        let sorted = variables.sorted { line($0) != line($1) ? line($0) < line($1) : precedes(Int($0), Int($1)) }
        var starts: [Int32] = [0]
        var members: [Int32] = []
        members.reserveCapacity(sorted.count)
        for (index, variable) in sorted.enumerated() {
            if index > 0 && line(variable) != line(sorted[index - 1]) { starts.append(Int32(members.count)) }
            members.append(variable)
        }
        if !members.isEmpty { starts.append(Int32(members.count)) }
        var lines = KeyedSlots(capacity: starts.count - 1, keys: Lines(packed: packed, cleared: cleared, starts: starts, members: members))
        for number in 0..<(starts.count - 1) { lines.insert(number) }
        self.lines = lines
    }

    /// The cells of the line at `key`, none if it has none.
    subscript(key: UInt64) -> ArraySlice<Int32> {
        guard let line = lines[key] else { return [] }
        return lines.keys.cells(of: line)
    }
}
