/// The recommendation index of a 0–10 "how likely are you to recommend" question: the percentage
/// answering 9 or 10 minus the percentage answering 0 to 6, from −100 to 100.
///
/// Our own name for a widely used calculation; the trademarked names for it are never used.
public enum RecommendationIndex {
    /// Scores counted as recommending.
    public static let high: ClosedRange<Int> = 9...10
    /// Scores counted as not recommending.
    public static let low: ClosedRange<Int> = 0...6

    /// The index from the count of high and low answers among `scored` answers; nil without answers.
    public static func value(high: Int, low: Int, scored: Int) -> Double? {
        guard scored > 0 else { return nil }
        return (Double(high) - Double(low)) * 100 / Double(scored)
    }
}
