import ArgumentParser
import HavenCore
import HavenSurvey

/// Options every report command shares: where it writes, in which formats and language, and
/// with which templates.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: "Output formats: html, csv, or both (the same as html,csv).")
    var format = "both"

    @Option(help: "The report language: en or es (labels come from the module).")
    var lang = "en"

    @Option(help: ArgumentHelp("A folder of templates that replace the built-in ones of the same name (quarterly.mustache, sessions.mustache, partials/, report.css, strings.yaml).", valueName: "dir"))
    var templates: String?

    @Option(help: "The folder to write the report into.")
    var out: String

    func validate() throws {
        for name in format.split(separator: ",") where name != Self.both && ReportFiles.Format(rawValue: String(name)) == nil {
            throw ValidationError(
                "--format: unknown format '\(name)'; write \(ReportFiles.Format.allCases.map(\.rawValue).joined(separator: ", ")), or \(Self.both) for all of them")
        }
        try Self.check(language: lang)
    }

    /// Refuses a `--lang` the reports are not written in.
    static func check(language: String) throws {
        guard ReportStrings.languages.contains(language) else {
            throw ValidationError("--lang: unknown language '\(language)'; reports are available in: \(ReportStrings.languages.joined(separator: ", "))")
        }
    }

    /// The name that asks for every format at once.
    private static let both = "both"

    /// The formats asked for, in the order given, each once.
    var formats: [ReportFiles.Format] {
        var found: [ReportFiles.Format] = []
        for name in format.split(separator: ",") {
            let named = name == Self.both ? ReportFiles.Format.allCases : ReportFiles.Format(rawValue: String(name)).map { [$0] } ?? []
            found += named.filter { !found.contains($0) }
        }
        return found
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
