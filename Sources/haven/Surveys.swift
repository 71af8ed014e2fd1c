import ArgumentParser

/// `haven surveys`: the survey modules.
struct Surveys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show and check survey modules.",
        subcommands: [SurveysList.self, SurveysShow.self, SurveysValidate.self]
    )
}
