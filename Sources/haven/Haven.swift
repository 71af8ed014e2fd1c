import ArgumentParser

/// The `haven` command: anonymous staff surveys and reports that cannot betray anyone who answered.
@main
struct Haven: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "haven",
        abstract: "Anonymous staff surveys about workplace support, and reports that protect every respondent.",
        version: "0.1.0",
        subcommands: [Surveys.self, Take.self, Import.self, Status.self, Codes.self, Generate.self, Report.self, Audit.self, Demo.self]
    )

    static func main() {
        AllocatorTuning.apply()
        main(nil)
    }
}
