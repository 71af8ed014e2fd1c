/// The attacker's knowledge with everything the published numbers pin down substituted first, and
/// what is left split into independent parts, each prepared as its own `AttackerModel`.
///
/// A report publishes far more than it hides: most unknowns are fixed by a shown number that
/// names them alone, or by a zero, and the rest fall apart into small clusters of hidden cells tied
/// by the totals they share. Bounding a quantity then costs a few solves on small tableaus instead
/// of one on the whole quarter, and an insider's extra knowledge re-prepares only the cluster it
/// touches. The bounds are exactly those of `AttackerModel` on the whole system: substitution only
/// applies deductions every solution must obey, and the LP of independent parts is the sum of
/// their LPs.
///
/// A part with more unknowns than `exactLimit` gets no model (a dense exact tableau of thousands of
/// columns is out of reach): the caller proves its quantities with a `MoveCertifier` instead. Nor
/// does a part holding none of the variables the caller will ask about: a national table has
/// thousands of small parts, and a tableau for each would take gigabytes for nothing.
struct DecomposedAttackerModel: Sendable {
    /// One independent cluster of still-unknown variables with its own prepared model.
    private struct Part: Sendable {
        /// Its variables, by local index.
        var members: [Int]
        var system: AttackerSystem
        /// Nil when the part has no constraint at all: each of its variables is `≥ 0` and unbounded;
        /// or when it is not modelled.
        var model: AttackerModel?
        /// Left without a model: too large for one, or holding no variable the caller asks about.
        var hasNoModel = false
    }

    private let variableCount: Int
    /// Values the published numbers pin down, nil where still unknown.
    private let known: KnownValues
    /// The part each variable belongs to, and its index there; -1 for a known variable. Arrays, not
    /// tables: a national system has tens of thousands of unknowns, each looked up in every step.
    private let partOf: [Int32]
    private let localIndex: [Int32]
    private var parts: [Part]

    /// Prepares `system`, with an exact model for every part of at most `exactLimit` unknowns that
    /// holds one of `asked` (every part when nil); `equalitiesOf` is the incidence of its
    /// equalities where the caller has it.
    /// Throws `inconsistentSystem` if no non-negative integer solution can exist, and what
    /// `AttackerModel` throws for a part.
    init(_ system: AttackerSystem, exactLimit: Int = .max, asked: Set<Int>? = nil, equalitiesOf: ConstraintIncidence? = nil) throws(AttackerModelError) {
        variableCount = system.variableCount
        let known = try Self.substitute(system, equalitiesOf: system.equalityIncidence(equalitiesOf))
        self.known = known
        var unionFind = UnionFind(count: system.variableCount)
        // The reduced relations are made twice rather than kept: once here to join their unknowns,
        // again below for the parts that get a model. Kept, with a copy per part, they were 4 MB of
        // a national question system's probe at its peak, for a part too large for any model.
        for (constraint, isEquality) in system.relations {
            let reduced = try Self.reduce(constraint, known: known)
            if reduced.terms.isEmpty {
                guard isEquality ? reduced.value == 0 : reduced.value <= 0 else { throw .inconsistentSystem }
                continue
            }
            for term in reduced.terms.dropFirst() {
                unionFind.union(reduced.terms[0].variable, term.variable)
            }
        }
        // 32-bit, as the system's unknowns are (`LinearTerms`).
        var partOf = [Int32](repeating: -1, count: system.variableCount)
        var localIndex = [Int32](repeating: -1, count: system.variableCount)
        var partOfRoot = [Int](repeating: -1, count: system.variableCount)
        var parts: [Part] = []
        for variable in 0..<system.variableCount where known[variable] == nil {
            let root = unionFind.find(variable)
            if partOfRoot[root] < 0 {
                partOfRoot[root] = parts.count
                parts.append(Part(members: [], system: AttackerSystem(variableCount: 0), model: nil))
            }
            let index = partOfRoot[root]
            partOf[variable] = Int32(index)
            localIndex[variable] = Int32(parts[index].members.count)
            parts[index].members.append(variable)
        }
        // A part left without a model keeps no system either: nothing reads it (a national
        // question system's one large part was a copy of every published sum, 10 MB).
        let isModelled = parts.map { part in
            part.members.count <= exactLimit && (asked.map { asked in part.members.contains(where: asked.contains) } ?? true)
        }
        var partRows = [[(LinearConstraint, Bool)]](repeating: [], count: parts.count)
        for (constraint, isEquality) in system.relations {
            let reduced = try Self.reduce(constraint, known: known)
            guard let first = reduced.terms.first else { continue }
            let index = Int(partOf[first.variable])
            guard index >= 0, isModelled[index] else { continue }
            partRows[index].append((reduced, isEquality))
        }
        for index in parts.indices {
            guard isModelled[index] else {
                parts[index].hasNoModel = true
                continue
            }
            var local = AttackerSystem(variableCount: parts[index].members.count)
            for (constraint, isEquality) in partRows[index] {
                let terms = constraint.terms.map { (Int(localIndex[$0.variable]), $0.coefficient) }
                if isEquality {
                    local.addEquality(terms, equals: constraint.value)
                } else {
                    local.addLowerBound(terms, atLeast: constraint.value)
                }
            }
            for (position, variable) in parts[index].members.enumerated() {
                if let bound = system.upperBounds[variable] { local.addUpperBound(on: position, atMost: bound) }
            }
            parts[index].system = local
            if !partRows[index].isEmpty || !local.upperBounds.isEmpty {
                parts[index].model = try AttackerModel(local)
            }
        }
        self.partOf = partOf
        self.localIndex = localIndex
        self.parts = parts
    }

    /// The interval of `objective · x`, as `AttackerModel.interval(of:)` would give on the whole system.
    /// Throws `noExactModel` if it touches a part without an exact model (see `isExact(for:)`).
    func interval(of objective: [LinearTerm]) throws(AttackerModelError) -> AttackerInterval {
        var lower = 0
        var upper = 0
        var byPart: [Int: [LinearTerm]] = [:]
        for term in objective {
            guard (0..<variableCount).contains(term.variable) else { throw .unknownVariable(term.variable) }
            if let value = known[term.variable] {
                let (product, overflow) = value.multipliedReportingOverflow(by: term.coefficient)
                guard !overflow else { throw .arithmeticOverflow }
                lower = try Self.add(lower, product)
                upper = try Self.add(upper, product)
            } else if partOf[term.variable] >= 0 {
                byPart[Int(partOf[term.variable]), default: []].append((Int(localIndex[term.variable]), term.coefficient))
            }
        }
        for part in byPart.keys.sorted() {
            let terms = byPart[part] ?? []
            let interval: AttackerInterval
            if parts[part].hasNoModel {
                throw .noExactModel
            } else if let model = parts[part].model {
                interval = try model.interval(of: terms)
            } else {
                // No constraint: each variable is anywhere in 0...∞.
                interval = AttackerInterval(
                    lower: terms.contains { $0.coefficient < 0 } ? .min : 0,
                    upper: terms.contains { $0.coefficient > 0 } ? .max : 0)
            }
            lower = try Self.add(lower, interval.lower)
            upper = try Self.add(upper, interval.upper)
        }
        return AttackerInterval(lower: lower, upper: upper)
    }

    /// Whether every unknown of `variables` lies in a part with an exact model.
    func isExact(for variables: [Int]) -> Bool {
        parts(of: variables).allSatisfy { !parts[$0].hasNoModel }
    }

    /// Whether the published numbers alone pin `variable` to a value.
    func isKnown(_ variable: Int) -> Bool { known[variable] != nil }

    /// The parts `objective` touches, for telling which quantities a new piece of knowledge can move.
    func parts(of variables: [Int]) -> Set<Int> {
        Set(variables.compactMap { partOf.indices.contains($0) && partOf[$0] >= 0 ? Int(partOf[$0]) : nil })
    }

    /// The same knowledge plus `x[variable] ≥ value` (a respondent who knows their own cell is not
    /// empty); only the part holding `variable` is prepared again.
    func assuming(_ variable: Int, atLeast value: Int) throws(AttackerModelError) -> DecomposedAttackerModel {
        if let known = known[variable] {
            guard known >= value else { throw .inconsistentSystem }
            return self
        }
        let part = Int(partOf[variable])
        guard part >= 0 else { return self }
        let position = Int(localIndex[variable])
        guard !parts[part].hasNoModel else { throw .noExactModel }
        var copy = self
        copy.parts[part].system.addLowerBound([(position, 1)], atLeast: value)
        copy.parts[part].model = try AttackerModel(copy.parts[part].system)
        return copy
    }

    // MARK: Substitution

    /// Repeatedly applies the deductions every non-negative solution obeys: an equality left with one
    /// unknown fixes it, and an equality of positive terms with nothing left to share makes them all zero.
    private static func substitute(_ system: AttackerSystem, equalitiesOf equationsOf: ConstraintIncidence) throws(AttackerModelError) -> KnownValues {
        var known = KnownValues(count: system.variableCount)
        for equality in system.equalities {
            for term in equality.terms where !(0..<system.variableCount).contains(term.variable) {
                throw .unknownVariable(term.variable)
            }
        }
        var pending = Array(system.equalities.indices)
        var queued = [Bool](repeating: true, count: system.equalities.count)
        while let index = pending.popLast() {
            queued[index] = false
            let reduced = try reduce(system.equalities[index], known: known)
            var fixed: [(Int, Int)] = []
            if reduced.terms.count == 1 {
                let term = reduced.terms[0]
                guard reduced.value % term.coefficient == 0 else { throw .inconsistentSystem }
                fixed = [(term.variable, reduced.value / term.coefficient)]
            } else if !reduced.terms.isEmpty, reduced.terms.allSatisfy({ $0.coefficient > 0 }) {
                guard reduced.value >= 0 else { throw .inconsistentSystem }
                if reduced.value == 0 { fixed = reduced.terms.map { ($0.variable, 0) } }
            }
            for (variable, value) in fixed {
                guard value >= 0 else { throw .inconsistentSystem }
                known[variable] = value
                for (other, _) in equationsOf[variable] where !queued[other] {
                    queued[other] = true
                    pending.append(other)
                }
            }
        }
        for (variable, bound) in system.upperBounds.bounded {
            if let value = known[variable], value > bound { throw .inconsistentSystem }
        }
        return known
    }

    /// `constraint` with the known variables moved to the right-hand side and repeated variables merged.
    private static func reduce(_ constraint: LinearConstraint, known: KnownValues) throws(AttackerModelError) -> LinearConstraint {
        // Most sums name no known unknown and are kept as they are, sharing their terms: copied,
        // a national question system's were 2.9 MB at its audit's peak.
        let untouched = constraint.terms.allSatisfy { term in
            term.coefficient != 0 && known.indices.contains(term.variable) && known[term.variable] == nil
        }
        if untouched, constraint.terms.lazy.map(\.variable).isStrictlyIncreasing { return constraint }
        if let cells = constraint.terms.increasingCells {
            return try reduced(cells, value: constraint.value, known: known)
        }
        var value = constraint.value
        var terms: [LinearTerm] = []
        terms.reserveCapacity(constraint.terms.count)
        for term in constraint.terms where term.coefficient != 0 {
            guard known.indices.contains(term.variable) else { throw .unknownVariable(term.variable) }
            if let fixed = known[term.variable] {
                let (product, overflow) = fixed.multipliedReportingOverflow(by: term.coefficient)
                guard !overflow else { throw .arithmeticOverflow }
                value = try add(value, -product)
            } else {
                terms.append(term)
            }
        }
        return LinearConstraint(terms: try merged(terms), value: value)
    }

    /// The sum of `cells` (each once, in increasing order) equal to `value`, with the known ones
    /// moved to the right-hand side: kept as 32-bit unknowns throughout, where the general way
    /// listed 16-byte terms first (the organisation's total over a national question system's
    /// every cell, 1.1 MB at its probe's peak).
    private static func reduced(_ cells: [Int32], value: Int, known: KnownValues) throws(AttackerModelError) -> LinearConstraint {
        var value = value
        var unknown: [Int32] = []
        unknown.reserveCapacity(cells.count)
        for cell in cells {
            let variable = Int(cell)
            guard known.indices.contains(variable) else { throw .unknownVariable(variable) }
            if let fixed = known[variable] {
                value = try add(value, -fixed)
            } else {
                unknown.append(cell)
            }
        }
        return LinearConstraint(terms: LinearTerms(summing: unknown), value: value)
    }

    /// `terms` with each repeated variable's coefficients added up where it first appears, and
    /// the variables whose coefficients cancel dropped. A published sum names its unknowns once,
    /// in increasing order: that is checked first, so the common case builds no table (reducing
    /// with one took a fifth of a national quarter's probe).
    private static func merged(_ terms: [LinearTerm]) throws(AttackerModelError) -> [LinearTerm] {
        if terms.lazy.map(\.variable).isStrictlyIncreasing { return terms }
        var coefficients: [Int: Int] = [:]
        var order: [Int] = []
        for term in terms {
            if coefficients[term.variable] == nil { order.append(term.variable) }
            coefficients[term.variable] = try add(coefficients[term.variable] ?? 0, term.coefficient)
        }
        return order.compactMap { variable in
            guard let coefficient = coefficients[variable], coefficient != 0 else { return nil }
            return (variable, coefficient)
        }
    }

    /// Adds two bounds, where `Int.min` and `Int.max` stand for minus and plus infinity.
    private static func add(_ a: Int, _ b: Int) throws(AttackerModelError) -> Int {
        if a == .max || b == .max { return .max }
        if a == .min || b == .min { return .min }
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .arithmeticOverflow }
        return sum
    }
}
