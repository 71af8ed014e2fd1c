/// One answer a respondent can choose.
public struct AnswerOption: Sendable, Hashable {
    /// The stable code stored in responses and CSV files.
    public var code: String
    /// The label shown to respondents.
    public var label: LocalizedText
    /// In a multi-choice question, whether this option excludes every other ("None", "Prefer not to answer").
    public var isExclusive: Bool
    /// For "what would help most" choices: the kind of resource the report links this need to.
    public var need: Need?
    /// Whether the option lies outside an ordered scale ("Don't know"): never scored or averaged.
    public var isOutsideScale: Bool

    /// Creates an option.
    public init(code: String, label: LocalizedText, isExclusive: Bool = false, need: Need? = nil, isOutsideScale: Bool = false) {
        self.code = code
        self.label = label
        self.isExclusive = isExclusive
        self.need = need
        self.isOutsideScale = isOutsideScale
    }

    /// The code every sensitive choice question must offer.
    public static let preferNotCode = "prefer-not"
}

/// The kinds of Workplaces Respond resource a staff-support need can be linked to in reports.
public enum Need: String, Sendable, Hashable, CaseIterable {
    case modelPolicy = "model-policy"
    case supervisorGuidance = "supervisor-guidance"
    case leaveFlexibility = "leave-flexibility"
    case safetyPlanning = "safety-planning"
    case eap
    case training
    case partnership
}
