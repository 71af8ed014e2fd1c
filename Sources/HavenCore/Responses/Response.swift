/// One respondent's submitted answers: everything Haven stores about them, and nothing else.
///
/// No name, account, device, address or time: only the module, its version, the quarter and the
/// answers. The session of a learning-collaborative session is an answer (the `session`
/// dimension), set by the command, never asked.
public struct Response: Sendable, Hashable {
    /// The random identity.
    public var id: ResponseID
    /// The module's id.
    public var survey: String
    /// The module's version when answered.
    public var version: Int
    /// The quarter it was given in.
    public var period: Period
    /// Answers by question id; questions left unanswered are absent.
    public var answers: [String: AnswerValue]

    /// Creates a response with a fresh random id.
    public init(survey: String, version: Int, period: Period, answers: [String: AnswerValue], id: ResponseID = ResponseID()) {
        self.id = id
        self.survey = survey
        self.version = version
        self.period = period
        self.answers = answers
    }
}
