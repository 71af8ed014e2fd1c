import ArgumentParser
import HavenCore

/// `haven audit`.
struct Audit: HavenCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-run the attacker audit over every report released from a store.",
        discussion: """
            For every hidden number, prints the interval an attacker holding every released report \
            of the same data can prove, and whether it meets the requirement (not exact, and not \
            provably below the threshold). Exits 1 if any does not. Hidden values are never printed.
            """
    )

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The survey module whose ledger to audit.")
    var survey: String

    func run(in context: CommandContext) throws {
        let module = try surveyOptions.library(in: context).module(id: survey)
        let store = try storeOptions.open(in: context, create: false)
        let ledger = try store.ledger(survey: module.id)
        let counts = try ResponseCounts.read(module, from: store, periods: nil)
        let (findings, changed) = DisclosureAudit.findings(module: module, counts: counts, ledger: ledger)
        for finding in findings {
            let bounds = finding.lower.flatMap { lower in finding.upper.map { "[\(lower), \($0 == Int.max ? "∞" : String($0))]" } }
            let interval = bounds.map { finding.isCertified ? "at least \($0) (shown by moves)" : $0 } ?? "not computable"
            let key = finding.figure
            let what = [key.question, key.option].compactMap { $0 }.joined(separator: " ")
            context.output.line("\(finding.isSafe ? "ok  " : "FAIL") \(key.period) \(key.group) \(key.measure.rawValue) \(what): attacker interval \(interval), threshold \(finding.threshold)")
        }
        for period in changed {
            context.output.line("note \(period): the data changed after an earlier release; the late-change rule was applied when re-releasing")
        }
        let failures = findings.filter { !$0.isSafe }.count
        context.output.line("\(ledger.count) release\(ledger.count == 1 ? "" : "s"), \(findings.count) hidden numbers audited, \(failures) unsafe")
        if failures > 0 { throw ExitCode.failure }
    }
}
