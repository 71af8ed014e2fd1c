/// The terms of a `LinearConstraint`, read as `LinearTerm`s and kept as 32-bit variables, with
/// coefficients only where some is not 1: nearly every published number is a count, which sums
/// its unknowns once each, and a national question system's equalities held 12 MB of 16-byte
/// terms where these take 4 bytes a term.
struct LinearTerms: RandomAccessCollection, Sendable {
    private let variables: [Int32]
    /// Empty when every coefficient is 1.
    private let coefficients: [Int]

    /// `terms`, whose variables are indices of a system (`AttackerSystem` holds at most
    /// `Int32.max` unknowns).
    init(_ terms: some Collection<LinearTerm>) {
        variables = terms.map { Self.narrowed($0.variable) }
        coefficients = terms.allSatisfy { $0.coefficient == 1 } ? [] : terms.map(\.coefficient)
    }

    /// The sum of `variables`, each once, kept as they are: a national question system's sums
    /// are made in 32 bits and shared here, where copying them took 3.4 MB at its audit's peak.
    init(summing variables: [Int32]) {
        self.variables = variables
        coefficients = []
    }

    private static func narrowed(_ variable: Int) -> Int32 {
        guard let narrow = Int32(exactly: variable) else {
            preconditionFailure("variable \(variable) is outside any system's 32-bit range")
        }
        return narrow
    }

    /// Whether every coefficient is 1: a count's sum.
    var sumsEachOnce: Bool { coefficients.isEmpty }

    /// The variables, shared rather than copied, when they are a set of cells: every coefficient
    /// 1 and each variable once, in increasing order. A national question system's sets, copied
    /// out for its flow network, were 3.5 MB at its audit's peak.
    var increasingCells: [Int32]? {
        sumsEachOnce && variables.isStrictlyIncreasing ? variables : nil
    }

    var startIndex: Int { 0 }
    var endIndex: Int { variables.count }

    subscript(position: Int) -> LinearTerm {
        (Int(variables[position]), coefficients.isEmpty ? 1 : coefficients[position])
    }
}
