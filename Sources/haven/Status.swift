import ArgumentParser
import Foundation
import HavenCore

/// `haven status`.
struct Status: HavenCommand {
    static let configuration = CommandConfiguration(abstract: "Show how many responses each survey has per quarter (organisation level only).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text or json.")
    var format = Format.text

    func run(in context: CommandContext) throws {
        let entries = try storeOptions.open(in: context, create: false).status()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            context.output.line(String(decoding: try encoder.encode(entries), as: UTF8.self))
        case .text:
            guard !entries.isEmpty else {
                context.output.line("No responses yet in \(storeOptions.path(in: context)).")
                return
            }
            let width = max(6, entries.map(\.survey.count).max() ?? 0)
            context.output.line("survey".padding(toLength: width, withPad: " ", startingAt: 0) + "  period  responses")
            for entry in entries {
                context.output.line(entry.survey.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(entry.period)  " + String(format: "%9d", entry.responses))
            }
        }
    }
}
