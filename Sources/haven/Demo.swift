import ArgumentParser
import Foundation
import HavenCore
import HavenSurvey

/// `haven demo`: every report on synthetic data, in a throwaway store.
struct Demo: HavenCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate synthetic responses for every module over four quarters, import them into a throwaway store, and write every report.",
        discussion: """
            The data goes through the same steps as `haven generate` and `haven import`; the store \
            lives in a temporary folder and is deleted afterwards. Only the reports are kept.
            """
    )

    @Option(help: "The folder to write the reports into.")
    var out = "demo-out"

    @Option(help: "The report language: en or es.")
    var lang = "en"

    @Option(help: "Synthetic responses per module over the four quarters (about 700 fall in the last).")
    var rows = 2400

    @Option(help: "The random seed.")
    var seed: UInt64 = 2026

    /// The quarters the demo data covers; reports are for the last.
    static let periods = "2026Q1..2026Q4"

    func validate() throws {
        try ReportOutputOptions.check(language: lang)
        guard rows > 0 else { throw ValidationError("--rows must be above 0") }
    }

    func run(in context: CommandContext) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("haven-demo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let store = scratch + "/demo.sqlite"
        // Generate and import print their own messages; the demo prints only the report paths.
        var quiet = context
        quiet.output = TextSink { _ in }
        quiet.errors = TextSink { _ in }
        quiet.workingDirectory = scratch

        let modules = try SurveyLibrary().catalogue().modules.filter { !$0.isExample }
        for (offset, module) in modules.enumerated() {
            let file = "\(module.id).csv"
            try Generate.parse([module.id, "--rows", String(rows), "--seed", String(seed + UInt64(offset)), "--periods", Self.periods, "--out", file]).run(in: quiet)
            try Import.parse([module.id, file, "--store", store]).run(in: quiet)
        }

        let latest = Period.parseRange(Self.periods)?.last?.description ?? "2026Q4"
        let folder = context.resolve(out)
        for module in modules {
            var arguments: [String]
            if module.question(forDimension: SessionsReport.dimension) != nil {
                arguments = ["report", "sessions", "--survey", module.id, "--period", latest]
            } else {
                arguments = ["report", "quarterly", "--survey", module.id, "--period", latest]
                if let by = Self.breakdown(of: module) { arguments += ["--by", by] }
            }
            arguments += ["--store", store, "--lang", lang, "--out", folder]
            guard let command = try Haven.parseAsRoot(arguments) as? any HavenCommand else { continue }
            try command.run(in: context)
        }
    }

    /// The breakdown a demo report shows: the module's dimension with the fewest values (the first
    /// of equals), which keeps the demo quick; the engine's audit grows fast with the groups.
    static func breakdown(of module: SurveyModule) -> String? {
        let dimensions = module.dimensions.filter { !$0.options.isEmpty && $0.dimension != nil }
        return dimensions.enumerated().min { ($0.element.options.count, $0.offset) < ($1.element.options.count, $1.offset) }?.element.dimension
    }
}
