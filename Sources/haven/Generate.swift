import ArgumentParser
import Foundation
import HavenCSV
import HavenCore

/// `haven generate SURVEY --rows N`.
struct Generate: HavenCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write realistic synthetic responses in the import format (the same seed gives the same bytes)."
    )

    @OptionGroup var surveyOptions: SurveyOptions

    @Argument(help: "The survey module.")
    var survey: String

    @Option(help: "How many responses.")
    var rows: Int

    @Option(help: "The random seed.")
    var seed: UInt64 = 42

    @Option(help: "The quarters, like 2026Q1..2026Q4.")
    var periods = "2026Q1..2026Q4"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var out: String?

    func validate() throws {
        guard rows >= 0 else { throw ValidationError("--rows must be 0 or more") }
        guard Period.parseRange(periods) != nil else { throw ValidationError("--periods must look like 2026Q1..2026Q4 or 2026Q3") }
    }

    func run(in context: CommandContext) throws {
        let module = try surveyOptions.library(in: context).module(id: survey)
        let data = SyntheticResponses(module: module, rows: rows, seed: seed, periods: Period.parseRange(periods) ?? [])
        if let out {
            let path = context.resolve(out)
            let descriptor = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            try data.write(to: CSVWriter(fileDescriptor: descriptor, name: path))
        } else {
            try data.write(to: CSVWriter { context.output.write(bytes: $0) })
        }
    }
}
