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

    /// The sum of `variables`, each once.
    init(summing variables: some Collection<Int>) {
        self.variables = variables.map(Self.narrowed)
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

    var startIndex: Int { 0 }
    var endIndex: Int { variables.count }

    subscript(position: Int) -> LinearTerm {
        (Int(variables[position]), coefficients.isEmpty ? 1 : coefficients[position])
    }
}
