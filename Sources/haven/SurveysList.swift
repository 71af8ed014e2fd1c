import ArgumentParser
import HavenCore

/// `haven surveys list`.
struct SurveysList: HavenCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the survey modules.")

    @OptionGroup var options: SurveyOptions

    @Flag(name: .long, help: "Include example modules (tests and benchmarks).")
    var all = false

    func run(in context: CommandContext) throws {
        let catalogue = try options.library(in: context).catalogue()
        let modules = catalogue.modules.filter { all || !$0.isExample }
        let width = modules.map(\.id.count).max() ?? 0
        for module in modules {
            let padding = String(repeating: " ", count: width - module.id.count)
            let languages = module.languages.joined(separator: ",")
            context.output.line("\(module.id)\(padding)  v\(module.version)  \(languages)  \(module.questions.count) questions  \(module.title.text(in: "en"))")
        }
    }
}
