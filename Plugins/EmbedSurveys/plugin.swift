import Foundation
import PackagePlugin

/// Validates `surveys/**/*.yaml` and embeds them into the target, so a broken module fails the build.
@main
struct EmbedSurveys: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let files = yamlFiles(under: root.appending(path: "surveys"))
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSurveys.swift")
        return [
            .buildCommand(
                displayName: "Validating and embedding \(files.count) survey files",
                executable: try context.tool(named: "SurveyEmbedder").url,
                arguments: [output.path, root.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    private func yamlFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}
