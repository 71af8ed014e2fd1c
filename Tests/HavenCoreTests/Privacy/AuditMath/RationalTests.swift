@testable import HavenCore
import Testing

extension AuditMath {
    @Suite("exact rationals for the auditor")
    struct RationalTests {
        @Test("results are in lowest terms with a positive denominator")
        func normalisation() throws {
            let half = try Rational(-3, over: -6)
            #expect(half.numerator == 1 && half.denominator == 2)
            let negative = try Rational(4, over: -6)
            #expect(negative.numerator == -2 && negative.denominator == 3)
            #expect(try Rational(0, over: -5) == .zero)
            #expect(try Rational(.min, over: .min) == .one)
        }

        @Test("arithmetic is exact")
        func arithmetic() throws {
            let third = try Rational(1, over: 3)
            let sixth = try Rational(1, over: 6)
            #expect(try third.adding(sixth) == Rational(1, over: 2))
            #expect(try third.subtracting(third) == .zero)
            #expect(try third.multiplied(by: Rational(9, over: 4)) == Rational(3, over: 4))
            #expect(try third.divided(by: sixth) == Rational(2))
            #expect(try Rational(7).divided(by: Rational(-2)) == Rational(-7, over: 2))
        }

        @Test("floor and ceiling round the right way for negative values")
        func rounding() throws {
            let value = try Rational(-7, over: 2)
            #expect(value.floor == -4 && value.ceiling == -3)
            let positive = try Rational(7, over: 2)
            #expect(positive.floor == 3 && positive.ceiling == 4)
            #expect(Rational(5).floor == 5 && Rational(5).ceiling == 5)
        }

        @Test("comparison is exact even when cross products exceed 64 bits")
        func comparison() throws {
            let a = try Rational(.max - 1, over: .max)
            let b = try Rational(.max - 2, over: .max - 1)
            #expect(b < a && !(a < b))
            #expect(try Rational(-1, over: 3) < Rational(-1, over: 4))
        }

        @Test("overflow throws instead of wrapping")
        func overflow() throws {
            let big = Rational(Int.max)
            #expect(throws: AttackerModelError.arithmeticOverflow) { try big.adding(.one) }
            #expect(throws: AttackerModelError.arithmeticOverflow) { try big.multiplied(by: Rational(2)) }
            #expect(throws: AttackerModelError.arithmeticOverflow) { try Rational(Int.min).negated() }
            #expect(throws: AttackerModelError.arithmeticOverflow) { try Rational(1, over: .max).adding(Rational(1, over: .max - 1)) }
            #expect(throws: AttackerModelError.arithmeticOverflow) { try Rational(1, over: .min) }
        }
    }
}
