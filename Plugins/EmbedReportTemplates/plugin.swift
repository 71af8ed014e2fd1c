import Foundation
import PackagePlugin

/// Parses the report templates in `reports/` and embeds them (with the stylesheet and the report's
/// own strings) into the target, so `haven` renders reports from any directory and a broken
/// template fails the build.
@main
struct EmbedReportTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let files = reportFiles(under: root.appending(path: "reports"))
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedReportFiles.swift")
        return [
            .buildCommand(
                displayName: "Checking and embedding \(files.count) report template files",
                executable: try context.tool(named: "ReportTemplateEmbedder").url,
                arguments: [output.path, root.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    private func reportFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { ["mustache", "css", "yaml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}
