/// A hidden number that must stay unknown: its true value and the linear form it is.
///
/// Kept small, 40 bytes: its numbers in 32 bits, its form shared with every figure of its kind,
/// and no `FigureKey`: a national quarter protects a million of them, and each audit's findings
/// hold them again. The figure is found by `position` (this release) or by the form's group and
/// `measure`.
struct ProtectedQuantity: Sendable, Hashable {
    /// The system and categories of what the attacker must not pin down.
    let form: FigureTemplate.Form
    /// The hidden figure's group, the form's.
    let group: GroupKey
    private var storedValue: Int32
    private var storedThreshold: Int32
    private var storedGroupSize: Int32
    private var storedPosition: Int32
    /// What the hidden figure measures.
    let measure: Measure

    init(form: FigureTemplate.Form, group: GroupKey, measure: Measure, value: Int, threshold: Int, groupSize: Int? = nil, position: Int? = nil) {
        self.form = form
        self.group = group
        self.measure = measure
        storedValue = Int32(value)
        storedThreshold = Int32(threshold)
        storedGroupSize = Int32(groupSize ?? -1)
        storedPosition = Int32(position ?? -1)
    }

    /// What the attacker must not pin down; its group is the hidden figure's.
    var functional: Functional { form.functional(in: group) }
    /// The system the quantity is audited in.
    var system: AuditSystemID { form.system }
    /// Its true value (below the threshold, or a protected zero).
    var value: Int { Int(storedValue) }
    /// The threshold the attacker must not be able to rule out reaching.
    var threshold: Int { Int(storedThreshold) }
    /// The published size of the quantity's own group, when it is shown.
    var groupSize: Int? {
        get { storedGroupSize < 0 ? nil : Int(storedGroupSize) }
        set { storedGroupSize = Int32(newValue ?? -1) }
    }
    /// Where the figure is in this release's tabulation; nil for an earlier release's figure.
    var position: Int? { storedPosition < 0 ? nil : Int(storedPosition) }

    /// Whether an attacker's proven interval leaves it protected: not exact, and not provably
    /// below the threshold (R5: `U − L ≥ 1` and `U ≥ max(v + 1, k)`).
    ///
    /// When the quantity's own group is published with fewer members than that bound, no release
    /// can meet it (the attacker knows the value is at most the group's size, and at most one less
    /// when another hidden answer in the group is known not to be zero), so the bound is capped at
    /// one less than the group's size: the attacker may learn nothing the group size does not say.
    func isSafe(_ interval: AttackerInterval) -> Bool {
        interval.upper - interval.lower >= 1 && interval.upper >= neededUpper
    }

    /// The least upper bound the attacker's interval must leave open (see `isSafe`).
    var neededUpper: Int {
        let needed = max(value + 1, threshold)
        if let groupSize, groupSize - 1 < needed {
            return max(groupSize - 1, value)
        }
        return needed
    }

    /// The quantities a figure protects, from the primary rules: the figure itself when it is
    /// small, its complement when "nearly everyone" is the disclosure.
    static func of(_ entry: Tabulation.Entry) -> [ProtectedQuantity] {
        let k = threshold(of: entry)
        return protections(of: entry).map {
            ProtectedQuantity(form: $0.form, group: entry.group, measure: entry.measure, value: $0.value, threshold: k)
        }
    }

    /// What `of` protects, as forms (without the figure's group) and values: most hidden figures
    /// of a national quarter protect nothing themselves, and a caller can skip them before
    /// finding their group's size.
    static func protections(of entry: Tabulation.Entry) -> [(form: FigureTemplate.Form, value: Int)] {
        let count = entry.figure.count
        let found = Rule(entry.template).protects(count: count, answered: entry.answered)
        var protections: [(form: FigureTemplate.Form, value: Int)] = []
        if found.own, let own = entry.forms.first { protections.append((own, count)) }
        if found.complement, let complement = entry.complementForm { protections.append((complement, entry.answered - count)) }
        return protections
    }

    /// What the hidden figures of one kind protect, read once for the kind and held without its
    /// forms: the auditor lists a national quarter's million quantities from five million
    /// figures, and building each one's entry and a list of what it protects was half of every
    /// listing.
    struct Rule: Sendable {
        let measure: Measure
        /// The threshold its quantities are protected at: the kind's protection threshold, else its own.
        let threshold: Int
        let isSensitive: Bool
        let isSubstantive: Bool
        /// Whether the kind has a form of its own, and one for "nearly everyone"
        /// (`FigureTemplate.complementForm`).
        let hasOwn: Bool
        let hasComplement: Bool

        /// Which forms a hidden figure of the kind with these numbers protects: its own (at its
        /// count) when it is small, its complement (at the rest of the answered count) when
        /// "nearly everyone" is the disclosure.
        func protects(count: Int, answered: Int) -> (own: Bool, complement: Bool) {
            let k = threshold
            let small: Bool
            let nearlyEveryone: Bool
            switch measure {
            case .respondents, .answered:
                small = PrimaryRules.isSmall(count, k)
                nearlyEveryone = false
            case .count:
                small = PrimaryRules.isSmall(count, k) || (isSensitive && isSubstantive && count == 0)
                nearlyEveryone = isSensitive && isSubstantive && answered - count < k
            case .favorablePercent:
                // A favourable percentage tells both sides of its split, or nothing.
                guard hasComplement else { return (false, false) }
                small = PrimaryRules.isSmall(count, k) || (isSensitive && count == 0)
                nearlyEveryone = PrimaryRules.isSmall(answered - count, k) || (isSensitive && count == answered)
            case .percent, .mean, .comments:
                return (false, false)
            }
            guard hasOwn else { return (false, false) }
            return (small, nearlyEveryone && hasComplement)
        }
    }

    /// The threshold a hidden figure's quantities are protected at.
    static func threshold(of entry: Tabulation.Entry) -> Int {
        Rule(entry.template).threshold
    }
}

extension ProtectedQuantity.Rule {
    /// The rule of figures of `kind`.
    init(_ kind: FigureTemplate) {
        self.init(
            measure: kind.measure, threshold: kind.protectionThreshold ?? kind.threshold, isSensitive: kind.isSensitive,
            isSubstantive: kind.isSubstantive, hasOwn: !kind.forms.isEmpty, hasComplement: kind.complementForm != nil)
    }
}
