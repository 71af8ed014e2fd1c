import HavenSurvey

/// A module as shown by `haven surveys show`, in one language: plain values, ready to encode as JSON.
public struct ModuleDescription: Encodable, Sendable, Equatable {
    /// One answer choice.
    public struct OptionDescription: Encodable, Sendable, Equatable {
        public var code: String
        public var label: String
    }

    /// One question.
    public struct QuestionDescription: Encodable, Sendable, Equatable {
        public var id: String
        public var section: String
        public var type: String
        public var text: String
        public var dimension: Bool
        public var dimensionName: String?
        public var sensitive: Bool
        public var optional: Bool
        public var asked: Bool
        public var scale: String?
        public var maxChoices: Int?
        public var showIf: ConditionDescription?
        public var options: [OptionDescription]

        enum CodingKeys: String, CodingKey {
            case id, section, type, text, dimension, sensitive, optional, asked, scale, options
            case dimensionName = "dimension_name"
            case maxChoices = "max_choices"
            case showIf = "show_if"
        }
    }

    /// Skip logic.
    public struct ConditionDescription: Encodable, Sendable, Equatable {
        public var question: String
        public var codes: [String]
    }

    /// A section heading and its content notice.
    public struct SectionDescription: Encodable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var notice: String?
    }

    public var id: String
    public var version: Int
    public var language: String
    public var languages: [String]
    public var title: String
    public var intro: String
    public var thresholds: [String: Int]
    public var sections: [SectionDescription]
    public var questions: [QuestionDescription]

    /// Describes `module` in `language`; `session` picks the wording of one session variant.
    public init(_ module: SurveyModule, language: String, session: String? = nil) {
        id = module.id
        version = module.version
        self.language = language
        languages = module.languages
        title = module.title.text(in: language)
        intro = module.intro.text(in: language)
        thresholds = ["group": module.thresholds.group, "sensitive": module.thresholds.sensitive, "comments": module.thresholds.comments]
        sections = module.sections.map { SectionDescription(id: $0.id, title: $0.title.text(in: language), notice: $0.notice?.text(in: language)) }
        questions = module.sections.flatMap { section in
            section.questions.map { question in
                QuestionDescription(
                    id: question.id, section: section.id, type: question.type.rawValue,
                    text: question.text(forSession: session).text(in: language), dimension: question.isDimension,
                    dimensionName: question.dimension, sensitive: question.isSensitive, optional: question.isOptional,
                    asked: question.isAsked, scale: question.scale?.name, maxChoices: question.maxChoices,
                    showIf: question.showIf.map { ConditionDescription(question: $0.question, codes: $0.codes) },
                    options: question.options.map { OptionDescription(code: $0.code, label: $0.label.text(in: language)) })
            }
        }
    }
}
