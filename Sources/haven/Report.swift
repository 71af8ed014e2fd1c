import ArgumentParser

/// `haven report`: reports built through the privacy engine.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write reports; every number passes the privacy engine and is recorded in the publication ledger.",
        subcommands: [ReportQuarterly.self, ReportSessions.self]
    )
}
