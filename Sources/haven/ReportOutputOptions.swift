import ArgumentParser
import HavenCore
import HavenSurvey

/// Options every report command shares: where it writes, in which formats and language, and
/// with which templates.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: "Output formats, comma-separated (html,csv).")
    var format = "html,csv"

    @Option(help: "The report language: en or es (labels come from the module).")
    var lang = "en"

    @Option(help: ArgumentHelp("A folder of templates that replace the built-in ones of the same name (quarterly.mustache, sessions.mustache, partials/, report.css, strings.yaml).", valueName: "dir"))
    var templates: String?

    @Option(help: "The folder to write the report into.")
    var out: String

    func validate() throws {
        for name in format.split(separator: ",") where ReportFiles.Format(rawValue: String(name)) == nil {
            throw ValidationError("unknown format '\(name)'; formats: \(ReportFiles.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ReportStrings.languages.contains(lang) else {
            throw ValidationError("unknown language '\(lang)'; reports are available in: \(ReportStrings.languages.joined(separator: ", "))")
        }
    }

    /// The formats asked for, in the order given.
    var formats: [ReportFiles.Format] {
        format.split(separator: ",").compactMap { ReportFiles.Format(rawValue: String($0)) }
    }

    /// The language, checked against the module's languages.
    func language(for module: SurveyModule) throws -> String {
        guard module.languages.contains(lang) else {
            throw ValidationError("'\(module.id)' is written in \(module.languages.joined(separator: ", ")), not '\(lang)'")
        }
        return lang
    }

    /// The built-in templates, or those of `--templates` laid over them.
    func templates(in context: CommandContext) throws -> ReportTemplates {
        try templates.map { try ReportTemplates.overridden(by: context.resolve($0)) } ?? .builtIn
    }
}
