/// The attacker audit of one quarter (R5): for every protected quantity, the interval an attacker
/// can prove from everything published now and before, under non-negativity, integrality (through
/// the LP bounds rounded inward), "hidden means not zero" where zeros are always shown, and a
/// re-run as an insider who knows their own answer.
struct QuarterAuditor {
    /// One protected quantity's outcome.
    struct Finding {
        var quantity: ProtectedQuantity
        /// Nil when the audit could not be computed (treated as unsafe: fail closed).
        var interval: AttackerInterval?
        var isSafe: Bool
    }

    let tabulation: Tabulation
    let model: QuarterModel
    /// Figures published by earlier releases of the same data.
    let earlier: [Functional: Int]
    /// Numbers earlier releases of the same data hid for their own sake: they stay protected.
    var earlierProtected: [ProtectedQuantity] = []

    /// Protected intervals at most this wide are re-audited as if a respondent knew their own answer;
    /// one unit of knowledge cannot narrow a wider interval to a point in the table systems audited here.
    static let insiderWidth = 3

    /// Every primary-hidden quantity, now and in earlier releases of the same data, in a stable order.
    var protected: [ProtectedQuantity] {
        let current = tabulation.entries.keys.sorted().flatMap { key -> [ProtectedQuantity] in
            guard let entry = tabulation.entries[key], !entry.figure.isShown, entry.figure.suppression != .complementary else { return [] }
            return ProtectedQuantity.of(key, entry)
        }
        let known = Set(current.map(\.functional))
        return (current + earlierProtected.filter { !known.contains($0.functional) }).map { quantity in
            var quantity = quantity
            let size = FigureKey(period: quantity.key.period, group: quantity.key.group, measure: .respondents)
            if quantity.key.measure != .respondents, let group = tabulation.entries[size], group.figure.isShown {
                quantity.groupSize = group.figure.count
            } else if quantity.key.measure != .respondents, let shown = earlier[Functional(system: .respondents, group: quantity.key.group, categories: [0])] {
                quantity.groupSize = shown
            }
            return quantity
        }
    }

    /// The audit of every protected quantity, system by system.
    func findings() -> [Finding] {
        let bySystem = Dictionary(grouping: protected) { $0.functional.system }
        return bySystem.keys.sorted().flatMap { audit($0, protected: bySystem[$0] ?? []) }
    }

    /// The linear forms the attacker knows in a system: shown figures now and in earlier releases.
    func published(in system: AuditSystemID) -> [Functional] {
        var functionals: [Functional] = []
        for key in tabulation.entries.keys.sorted() {
            guard let entry = tabulation.entries[key], entry.figure.isShown, key.measure != .percent, key.measure != .mean else { continue }
            functionals += entry.functionals.filter { $0.system == system || $0.system == .respondents }
        }
        functionals += earlier.keys.filter { $0.system == system || $0.system == .respondents }.sorted { "\($0)" < "\($1)" }
        return functionals
    }

    private func audit(_ system: AuditSystemID, protected: [ProtectedQuantity]) -> [Finding] {
        let values = model.values(of: system)
        var attacker = AttackerSystem(variableCount: values.count)
        func value(_ variables: [Int]) -> Int { variables.reduce(0) { $0 + values[$1] } }
        var equations: Set<[Int]> = []
        for functional in published(in: system) {
            let variables = model.variables(of: functional, in: system)
            guard !variables.isEmpty, equations.insert(variables).inserted else { continue }
            attacker.addEquality(variables.map { ($0, 1) }, equals: value(variables))
        }
        for functional in knownNonZero(in: system) {
            let variables = model.variables(of: functional, in: system)
            if value(variables) >= 1 {
                attacker.addLowerBound(variables.map { ($0, 1) }, atLeast: 1)
            }
        }
        guard let base = try? AttackerModel(attacker) else {
            return protected.map { Finding(quantity: $0, interval: nil, isSafe: false) }
        }
        return protected.map { quantity in
            let variables = model.variables(of: quantity.functional, in: system)
            guard let interval = try? base.interval(of: variables.map { ($0, 1) }) else {
                return Finding(quantity: quantity, interval: nil, isSafe: false)
            }
            var safe = quantity.isSafe(interval)
            if safe && interval.upper - interval.lower <= Self.insiderWidth {
                safe = insiderSafe(quantity, variables, attacker, values)
            }
            return Finding(quantity: quantity, interval: interval, isSafe: safe)
        }
    }

    /// Whether the quantity stays unknown to any one respondent who knows their own answer.
    private func insiderSafe(_ quantity: ProtectedQuantity, _ variables: [Int], _ system: AttackerSystem, _ values: [Int]) -> Bool {
        for insider in values.indices where values[insider] >= 1 {
            // A respondent alone in the protected cell learns nothing they did not know.
            if quantity.value == 1 && variables.contains(insider) { continue }
            var knowing = system
            knowing.addLowerBound([(insider, 1)], atLeast: 1)
            guard let model = try? AttackerModel(knowing), let interval = try? model.interval(of: variables.map { ($0, 1) }) else {
                return false
            }
            if interval.upper - interval.lower < 1 { return false }
        }
        return true
    }

    /// Hidden figures the attacker knows are not zero: hidden groups (empty groups are never
    /// listed) and hidden counts of non-sensitive questions (their zeros are always shown).
    private func knownNonZero(in system: AuditSystemID) -> [Functional] {
        tabulation.entries.keys.sorted().compactMap { key in
            guard let entry = tabulation.entries[key], !entry.figure.isShown, let functional = entry.functionals.first else { return nil }
            switch key.measure {
            case .respondents:
                return functional
            case .count where functional.system == system && !entry.isSensitive:
                return functional
            default:
                return nil
            }
        }
    }
}
