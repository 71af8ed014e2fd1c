/// Why the auditor could not compute an attacker interval. Every case means "no proof of safety":
/// the privacy engine must fail closed (suppress more, or withhold the table) and log the reason.
enum AttackerModelError: Error, Equatable, Sendable {
    /// An exact intermediate value left the `Int64` range. Counts never get near it, so this points
    /// to a pathological system (huge coefficients or values); no interval is claimed.
    case arithmeticOverflow
    /// No non-negative integer vector satisfies the published numbers (or the LP proves there is
    /// none): the numbers contradict each other, which is a bug upstream, not an attacker's gain.
    case inconsistentSystem
    /// A term names a variable outside `0..<variableCount`.
    case unknownVariable(Int)
    /// The quantity lies in a part of the system left without an exact model: too large for one,
    /// or not among the variables asked about when the model was prepared.
    case noExactModel
}
