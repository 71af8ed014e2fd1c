/// A survey module: what respondents answer and what reports are built from.
public struct SurveyModule: Sendable, Hashable {
    /// The module's id, also its file name.
    public var id: String
    /// Raised whenever questions or option codes change, so stored responses stay interpretable.
    public var version: Int
    /// The languages the module is complete in; English first.
    public var languages: [String]
    /// A neutral title, safe to show on a shared screen.
    public var title: LocalizedText
    /// The first screen, with the anonymity promise.
    public var intro: LocalizedText
    /// Shown after submitting.
    public var closing: LocalizedText?
    /// Credits shown in reports.
    public var attribution: LocalizedText?
    /// Reporting thresholds.
    public var thresholds: Thresholds
    /// Help resources shown to respondents, in order.
    public var resources: [Resource]
    /// Pairs of dimensions reported one inside the other (`[site_type, role]`).
    public var nestedDimensions: [[String]]
    /// The sections, in order.
    public var sections: [Section]
    /// Whether the module is an example (tests, benchmarks) rather than part of the production set.
    public var isExample: Bool
    /// The file the module was read from.
    public var sourcePath: String

    /// Creates a module.
    public init(
        id: String, version: Int, languages: [String], title: LocalizedText, intro: LocalizedText,
        closing: LocalizedText? = nil, attribution: LocalizedText? = nil, thresholds: Thresholds = .defaults,
        resources: [Resource] = [], nestedDimensions: [[String]] = [], sections: [Section],
        isExample: Bool = false, sourcePath: String
    ) {
        self.id = id
        self.version = version
        self.languages = languages
        self.title = title
        self.intro = intro
        self.closing = closing
        self.attribution = attribution
        self.thresholds = thresholds
        self.resources = resources
        self.nestedDimensions = nestedDimensions
        self.sections = sections
        self.isExample = isExample
        self.sourcePath = sourcePath
    }

    /// Every question in order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The dimension questions in order.
    public var dimensions: [Question] { questions.filter(\.isDimension) }

    /// The question with `id`, if any.
    public func question(id: String) -> Question? {
        questions.first { $0.id == id }
    }

    /// The question that carries a dimension, if the module has it.
    public func question(forDimension name: String) -> Question? {
        questions.first { $0.dimension == name }
    }
}
