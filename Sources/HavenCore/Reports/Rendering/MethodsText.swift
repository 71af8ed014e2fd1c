import HavenSurvey

/// The methods and privacy paragraphs of a page, with the module's own thresholds filled in.
enum MethodsText {
    /// The paragraphs of the quarterly report.
    static let quarterly = ["methods-thresholds", "methods-suppression", "methods-favorable", "methods-change", "methods-response-rate", "methods-calculated"]
    /// The paragraphs of the sessions report: no quarter-to-quarter change or response rate, but
    /// the confidence shift's conservative interval and the recommendation index.
    static let sessions = ["methods-thresholds", "methods-suppression", "methods-favorable", "methods-shift", "methods-recommendation", "methods-calculated"]

    static func paragraphs(_ keys: [String], thresholds: Thresholds, strings: ReportStrings) -> [String] {
        let values = ["group": String(thresholds.group), "small": String(thresholds.group - 1), "sensitive": String(thresholds.sensitive), "comments": String(thresholds.comments)]
        return keys.map { strings.text($0, values) }
    }
}
