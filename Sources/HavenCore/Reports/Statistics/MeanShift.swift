/// The shift between the means of a retrospective "before" and "now" question, with a conservative
/// 95 % interval built from the two published marginal distributions alone.
///
/// Only marginals are published (pairing one person's two answers would be respondent-level data),
/// so the correlation between the answers is unknown. Var(now − before) is at most
/// (sd_now + sd_before)², whatever the correlation; the interval uses that bound and the smaller of
/// the two answer counts as the number of pairs. Where a distribution is not fully shown, its
/// standard deviation is bounded from its mean alone (Bhatia–Davis: sd² ≤ (max − mean)(mean − min)).
public struct MeanShift: Sendable, Equatable {
    /// Mean now minus mean before, in scale points.
    public var points: Double
    /// The interval's lower end.
    public var lower: Double
    /// The interval's upper end.
    public var upper: Double

    /// Whether the interval excludes zero.
    public var isClear: Bool { lower > 0 || upper < 0 }

    /// One side of the pair: its mean, a standard deviation (or a bound on it) and its answer count.
    public struct Side: Sendable, Equatable {
        public var mean: Double
        public var deviation: Double
        public var count: Int

        /// Creates a side.
        public init(mean: Double, deviation: Double, count: Int) {
            self.mean = mean
            self.deviation = deviation
            self.count = count
        }

        /// A side from a full distribution of scores (score → count).
        public init?(distribution: [(score: Double, count: Int)]) {
            let n = distribution.reduce(0) { $0 + $1.count }
            guard n > 0 else { return nil }
            let mean = distribution.reduce(0.0) { $0 + $1.score * Double($1.count) } / Double(n)
            let variance = distribution.reduce(0.0) { $0 + Double($1.count) * ($1.score - mean) * ($1.score - mean) } / Double(n)
            self.init(mean: mean, deviation: variance.squareRoot(), count: n)
        }

        /// A side known only by its mean on a bounded scale: the largest deviation that mean allows.
        public init(mean: Double, count: Int, scale: ClosedRange<Double>) {
            let variance = max(0, (scale.upperBound - mean) * (mean - scale.lowerBound))
            self.init(mean: mean, deviation: variance.squareRoot(), count: count)
        }
    }

    /// The shift from `before` to `now`; nil without answers.
    public init?(before: Side, now: Side, z: Double = WilsonInterval.z95) {
        let pairs = min(before.count, now.count)
        guard pairs > 0 else { return nil }
        points = now.mean - before.mean
        let half = z * (now.deviation + before.deviation) / Double(pairs).squareRoot()
        lower = points - half
        upper = points + half
    }
}
