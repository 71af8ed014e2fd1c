/// Measures a report calculates itself, from figures the privacy engine has shown and nothing
/// else: anything computed only from shown figures discloses nothing new. Each is written to the
/// tidy CSV as a row of its own, `suppressed` with an empty value whenever a figure it needs is hidden.
public enum CalculatedMeasure: String, Sendable, CaseIterable {
    /// Respondents as a percentage of the headcount the organisation's configuration gives.
    case responseRate = "response_rate"
    /// Percentage answering 9–10 minus percentage answering 0–6 on a 0–10 recommendation question.
    case recommendIndex = "recommend_index"
    /// Mean "now" minus mean "before" of a retrospective confidence pair.
    case confidenceShift = "confidence_shift"

    /// Digits after the point in the CSV.
    var fractionDigits: Int {
        switch self {
        case .responseRate, .recommendIndex: 1
        case .confidenceShift: 2
        }
    }
}
