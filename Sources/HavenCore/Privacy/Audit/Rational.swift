/// An exact rational number with `Int64` numerator and denominator, always in lowest terms with a
/// positive denominator.
///
/// The disclosure auditor must never round: a bound of 2.9999 read as 3 could certify a suppressed
/// cell as exact (or as safe) when it is not. So every operation is exact, and one that would leave
/// `Int64` throws `AttackerModelError.arithmeticOverflow` instead of wrapping, so that the privacy
/// engine can fail closed. Values seen by the auditor are small (counts and 0/1 or score
/// coefficients), so overflow is a sign of a pathological system, not of normal use.
struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numerator; carries the sign.
    let numerator: Int64
    /// The denominator; always positive and coprime with the numerator.
    let denominator: Int64

    static let zero = Rational(0)
    static let one = Rational(1)

    /// The integer `value`.
    init(_ value: Int) {
        numerator = Int64(value)
        denominator = 1
    }

    /// `numerator / denominator` in lowest terms.
    init(_ numerator: Int64, over denominator: Int64) throws(AttackerModelError) {
        precondition(denominator != 0, "a rational number's denominator cannot be zero")
        self = try Rational.normalised(numerator, denominator)
    }

    /// Trusts the caller that the parts are already in lowest terms with `denominator > 0`.
    private init(uncheckedNumerator numerator: Int64, denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    var isZero: Bool { numerator == 0 }
    var isNegative: Bool { numerator < 0 }
    var isPositive: Bool { numerator > 0 }
    var isInteger: Bool { denominator == 1 }

    var description: String { isInteger ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// The largest integer not above this number.
    var floor: Int64 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// The smallest integer not below this number.
    var ceiling: Int64 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder > 0 ? quotient + 1 : quotient
    }

    func negated() throws(AttackerModelError) -> Rational {
        // Int64.min has no positive counterpart; everything else negates exactly.
        guard numerator != .min else { throw .arithmeticOverflow }
        return Rational(uncheckedNumerator: -numerator, denominator: denominator)
    }

    func adding(_ other: Rational) throws(AttackerModelError) -> Rational {
        // Integers are by far the common case (totally unimodular tableaux hold only 0 and ±1).
        if denominator == 1 && other.denominator == 1 {
            return Rational(uncheckedNumerator: try checked(numerator.addingReportingOverflow(other.numerator)), denominator: 1)
        }
        if numerator == 0 { return other }
        if other.numerator == 0 { return self }
        // Knuth's reduction: divide by gcd(b, d) before multiplying so intermediates stay small.
        let g = Rational.gcd(denominator, other.denominator)
        let left = try checked(numerator.multipliedReportingOverflow(by: other.denominator / g))
        let right = try checked(other.numerator.multipliedReportingOverflow(by: denominator / g))
        let sum = try checked(left.addingReportingOverflow(right))
        if sum == 0 { return .zero }
        let h = Rational.gcd(sum, g)
        let scaled = try checked((denominator / g).multipliedReportingOverflow(by: other.denominator / h))
        return Rational(uncheckedNumerator: sum / h, denominator: scaled)
    }

    func subtracting(_ other: Rational) throws(AttackerModelError) -> Rational {
        try adding(other.negated())
    }

    func multiplied(by other: Rational) throws(AttackerModelError) -> Rational {
        if denominator == 1 && other.denominator == 1 {
            return Rational(uncheckedNumerator: try checked(numerator.multipliedReportingOverflow(by: other.numerator)), denominator: 1)
        }
        if numerator == 0 || other.numerator == 0 { return .zero }
        // Cross-cancel first: (a/b)(c/d) with gcd(a, d) and gcd(c, b) removed is already in lowest terms.
        let g1 = Rational.gcd(numerator, other.denominator)
        let g2 = Rational.gcd(other.numerator, denominator)
        let top = try checked((numerator / g1).multipliedReportingOverflow(by: other.numerator / g2))
        let bottom = try checked((denominator / g2).multipliedReportingOverflow(by: other.denominator / g1))
        return Rational(uncheckedNumerator: top, denominator: bottom)
    }

    func divided(by other: Rational) throws(AttackerModelError) -> Rational {
        precondition(other.numerator != 0, "division of a rational number by zero")
        let flipped = try Rational.normalised(other.denominator, other.numerator)
        return try multiplied(by: flipped)
    }

    /// Compares exactly through 128-bit cross products, so comparison itself can never overflow.
    static func < (lhs: Rational, rhs: Rational) -> Bool {
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high < right.high || (left.high == right.high && left.low < right.low)
    }

    private static func normalised(_ numerator: Int64, _ denominator: Int64) throws(AttackerModelError) -> Rational {
        if numerator == 0 { return .zero }
        // Also keeps gcd away from (Int64.min, Int64.min), whose gcd 2^63 does not fit.
        if numerator == denominator { return .one }
        let g = gcd(numerator, denominator)
        var top = numerator / g
        var bottom = denominator / g
        if bottom < 0 {
            guard top != .min, bottom != .min else { throw .arithmeticOverflow }
            top = -top
            bottom = -bottom
        }
        return Rational(uncheckedNumerator: top, denominator: bottom)
    }

    /// The (positive) greatest common divisor. Works on magnitudes so that `Int64.min` is safe; the
    /// result fits `Int64` unless both arguments are `Int64.min` (or one is and the other is zero),
    /// which callers rule out: a denominator is never zero and never `Int64.min`. Binary (Stein's)
    /// algorithm: pivoting spends much of its time here, and shifts are cheaper than divisions.
    private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var x = a.magnitude
        var y = b.magnitude
        if x == 0 { return Int64(y) }
        if y == 0 { return Int64(x) }
        let shift = (x | y).trailingZeroBitCount
        x >>= x.trailingZeroBitCount
        repeat {
            y >>= y.trailingZeroBitCount
            if x > y { swap(&x, &y) }
            y -= x
        } while y != 0
        return Int64(x << shift)
    }
}

/// Unwraps a `…ReportingOverflow` result, turning overflow into the auditor's typed error.
private func checked(_ result: (partialValue: Int64, overflow: Bool)) throws(AttackerModelError) -> Int64 {
    guard !result.overflow else { throw .arithmeticOverflow }
    return result.partialValue
}
