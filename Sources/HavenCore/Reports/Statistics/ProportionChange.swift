/// The change of a proportion between two independent quarters, with Newcombe's hybrid Wilson score
/// 95 % interval for the difference of two proportions (Newcombe 1998, method 10).
///
/// Quarters are treated as independent samples: respondents are anonymous, so nobody can be paired
/// across quarters.
public struct ProportionChange: Sendable, Equatable {
    /// The later proportion minus the earlier one, in percentage points.
    public var points: Double
    /// The interval's lower end, in percentage points.
    public var lower: Double
    /// The interval's upper end, in percentage points.
    public var upper: Double

    /// Whether the interval excludes zero: the only changes a report marks.
    public var isClear: Bool { lower > 0 || upper < 0 }

    /// The change from `earlier` (successes, trials) to `later`; nil when either has no trials.
    public init?(earlier: (successes: Int, trials: Int), later: (successes: Int, trials: Int)) {
        guard let first = WilsonInterval(successes: earlier.successes, trials: earlier.trials),
            let second = WilsonInterval(successes: later.successes, trials: later.trials)
        else { return nil }
        let p1 = Double(earlier.successes) / Double(earlier.trials)
        let p2 = Double(later.successes) / Double(later.trials)
        let difference = p2 - p1
        let below = ((p2 - second.lower) * (p2 - second.lower) + (first.upper - p1) * (first.upper - p1)).squareRoot()
        let above = ((second.upper - p2) * (second.upper - p2) + (p1 - first.lower) * (p1 - first.lower)).squareRoot()
        points = 100 * difference
        lower = 100 * (difference - below)
        upper = 100 * (difference + above)
    }
}
