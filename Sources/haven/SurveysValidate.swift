import ArgumentParser
import Foundation
import HavenCore

/// `haven surveys validate [FILE...]`.
struct SurveysValidate: HavenCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check survey module files and report each problem as path:line:column.",
        discussion: """
            With no FILE, checks ./surveys when the working directory has one (a checkout being \
            edited), else the built-in modules. Exits with status 1 when there is any problem.
            """
    )

    @Argument(help: "Module files or folders to check.")
    var files: [String] = []

    func run(in context: CommandContext) throws {
        var paths = files.map(context.resolve)
        var isDirectory: ObjCBool = false
        let local = context.resolve("surveys")
        if paths.isEmpty, FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            paths = [local]
        }
        let report = SurveyValidation.validate(paths: paths)
        for diagnostic in report.diagnostics {
            context.errors.line(diagnostic.description)
        }
        let where_ = paths.isEmpty ? "the built-in modules" : "\(report.files.count) file\(report.files.count == 1 ? "" : "s")"
        guard report.isValid else {
            let count = report.diagnostics.count
            context.errors.line("\(count) problem\(count == 1 ? "" : "s") in \(where_)")
            throw ExitCode.failure
        }
        context.output.line("\(where_): \(report.modules.count) module\(report.modules.count == 1 ? "" : "s") checked, no problems")
    }
}
