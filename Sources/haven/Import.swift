import ArgumentParser
import Foundation
import HavenCore

/// `haven import SURVEY FILE.csv`.
struct Import: HavenCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import responses from a wide CSV file: all rows, or none.",
        discussion: """
            One row per response; the header names question ids, plus optional period, survey and \
            response_id columns. Cells: option codes, codes separated by ';' for multi-choice \
            questions, numbers for scale points, free text, prefer-not; empty = not answered. \
            Any problem stops the import with FILE:ROW:COLUMN messages and nothing is stored.
            """
    )

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The survey module the file answers.")
    var survey: String

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The quarter (like 2026Q3) for rows without a period cell.")
    var period: Period?

    @Flag(help: "Import a file even though the same file was imported before.")
    var allowDuplicateFile = false

    func run(in context: CommandContext) throws {
        let module = try surveyOptions.library(in: context).module(id: survey)
        let store = try storeOptions.open(in: context)
        let path = context.resolve(file)
        let job = ResponseImport(module: module, path: path, defaultPeriod: period, allowDuplicateFile: allowDuplicateFile)
        let bar = ProgressBar(sink: context.errors, clock: context.now)
        defer { bar.finish() }
        let count = try job.run(into: store) { done, total in
            if let total { bar.update("Importing", done: done, total: total) }
        }
        bar.finish()
        context.output.line("Imported \(count) response\(count == 1 ? "" : "s") to \(survey) from \(file) into \(store.path).")
    }
}
