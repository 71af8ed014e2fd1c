import Foundation

/// The Wilson score interval of one proportion, the building block of Newcombe's interval for a
/// difference: unlike the textbook normal interval it stays inside [0, 1] and behaves at 0 % and 100 %.
public struct WilsonInterval: Sendable, Equatable {
    /// The lower end, a proportion (0–1).
    public var lower: Double
    /// The upper end, a proportion (0–1).
    public var upper: Double

    /// The normal quantile of a two-sided 95 % interval.
    public static let z95 = 1.959963984540054

    /// The interval of `successes` out of `trials`; nil when there are no trials.
    public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
        guard trials > 0, (0...trials).contains(successes) else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        lower = max(0, centre - half)
        upper = min(1, centre + half)
    }
}
