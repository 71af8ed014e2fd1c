import ArgumentParser
import Foundation
import HavenCore
import HavenSurvey

/// `haven surveys show ID`.
struct SurveysShow: HavenCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a survey module's questions and answer codes.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: SurveyOptions

    @Argument(help: "The module id (see 'haven surveys list').")
    var id: String

    @Option(name: .long, help: "The language to show.")
    var lang = "en"

    @Option(name: .long, help: "For session feedback: show the wording of this session.")
    var session: String?

    @Option(name: .long, help: "text or json.")
    var format = Format.text

    func run(in context: CommandContext) throws {
        let module = try options.library(in: context).module(id: id)
        guard module.languages.contains(lang) else {
            throw ValidationError("the module '\(id)' is not available in '\(lang)'; it has: \(module.languages.joined(separator: ", "))")
        }
        if let session, module.question(forDimension: Dimension.session)?.option(code: session) == nil {
            throw ValidationError("the module '\(id)' has no session '\(session)'")
        }
        let description = ModuleDescription(module, language: lang, session: session)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.line(String(decoding: try encoder.encode(description), as: UTF8.self))
        case .text:
            context.output.write(ModuleText.render(description))
        }
    }
}
