import Foundation

/// A response's identity: 128 random bits from the system's cryptographically secure generator,
/// so neither the id nor the storage order keyed by it says anything about when or who.
public struct ResponseID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The high and low 64 bits.
    public let high: UInt64
    public let low: UInt64

    /// A fresh random id.
    public init() {
        var generator = SystemRandomNumberGenerator()
        high = generator.next()
        low = generator.next()
    }

    /// An id from its 16 bytes, big-endian.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        let values = Array(bytes)
        high = values[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = values[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The 16 bytes, big-endian.
    public var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) } + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
    }

    public var description: String { String(format: "%016llx%016llx", high, low) }

    public static func < (lhs: ResponseID, rhs: ResponseID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
