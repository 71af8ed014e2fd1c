/// Set tests on increasing lists of unknowns, each element found by binary search from where the
/// last was: one of the lists is often the organisation's total, over every unknown of a system,
/// which a merge would walk for each small list compared with it.
extension Array where Element: Comparable {
    /// Whether every element of this increasing list is in the increasing list `other`.
    func isIncreasingSubset(of other: [Element]) -> Bool {
        var from = 0
        return allSatisfy { element in
            from = other.firstIndex(notBelow: element, from: from)
            return from < other.count && other[from] == element
        }
    }

    /// Whether this increasing list and the increasing list `other` share no element.
    func isIncreasingDisjoint(with other: [Element]) -> Bool {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var from = 0
        return !small.contains { element in
            from = large.firstIndex(notBelow: element, from: from)
            return from < large.count && large[from] == element
        }
    }

    /// Whether this increasing list holds `element`.
    func increasingContains(_ element: Element) -> Bool {
        let index = firstIndex(notBelow: element, from: 0)
        return index < count && self[index] == element
    }

    /// The first index at or after `from` of this increasing list whose element is not below `element`.
    private func firstIndex(notBelow element: Element, from: Int) -> Int {
        var (low, high) = (from, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < element { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
