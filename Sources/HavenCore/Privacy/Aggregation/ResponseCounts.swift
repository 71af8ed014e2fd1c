import HavenSurvey

/// A module's responses counted per quarter and finest cell, read once from a store or a file.
public struct ResponseCounts: Sendable {
    /// The module.
    public let module: SurveyModule
    /// The counts per quarter.
    public private(set) var quarters: [Period: QuarterCounts] = [:]
    let layout: CountLayout
    let dimensions: [String]
    /// Whether the texts of free-text answers are kept; when not, they are counted as answered and
    /// nothing more (see `ReleaseJob.showsComments`).
    public let keepsTexts: Bool

    /// Starts empty counts for `module`.
    public init(module: SurveyModule) {
        self.init(module: module, keepingTexts: true)
    }

    private init(module: SurveyModule, keepingTexts: Bool) {
        self.module = module
        keepsTexts = keepingTexts
        dimensions = ReportCatalogue(module: module).dimensions
        layout = CountLayout(questions: module.questions.filter { !$0.isDimension })
    }

    /// Counts already made, per quarter.
    init(module: SurveyModule, quarters: [Period: QuarterCounts], keepingTexts: Bool) {
        self.init(module: module, keepingTexts: keepingTexts)
        self.quarters = quarters
    }

    /// Removes one quarter's counts and returns them, so that they are freed once the caller is done.
    mutating func take(_ period: Period) -> QuarterCounts? {
        quarters.removeValue(forKey: period)
    }

    /// Counts one response (responses of other modules are ignored).
    public mutating func add(_ response: Response) {
        guard response.survey == module.id else { return }
        if quarters[response.period] == nil {
            quarters[response.period] = QuarterCounts(dimensions: dimensions, layout: layout)
        }
        quarters[response.period]?.add(response.answers)
    }

    /// Counts every response of the module in `periods` from a store.
    public static func read(_ module: SurveyModule, from store: some ResponseStore, periods: [Period]?) throws -> ResponseCounts {
        var counts = ResponseCounts(module: module)
        try store.forEachResponse(survey: module.id, periods: periods) { counts.add($0) }
        for period in counts.quarters.keys { counts.quarters[period]?.pack() }
        return counts
    }
}
