/// The range `[lower, upper]` of a protected quantity that an attacker can prove from everything
/// published: every integer solution of the attacker's system gives a value in it.
struct AttackerInterval: Sendable, Hashable, CustomStringConvertible {
    /// The proven minimum; `Int.min` if the quantity is unbounded below (negative coefficients only).
    var lower: Int
    /// The proven maximum; `Int.max` if the quantity is unbounded above (nothing caps it).
    var upper: Int

    /// The attacker knows the value exactly: exact disclosure.
    var isExact: Bool { lower == upper }

    var description: String { "[\(lower), \(upper)]" }
}
