import Foundation
import PackagePlugin

/// `swift package validate-surveys [FILE...]`: builds `haven` through the package manager's build
/// API (a plugin dependency would compile the whole graph a second time for the host) and runs
/// `haven surveys validate` on the given files, or on the package's `surveys/` folder.
@main
struct ValidateSurveys: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let result = try packageManager.build(.product("haven"), parameters: .init(configuration: .debug, logging: .concise))
        guard result.succeeded else {
            Diagnostics.error("building haven failed; the build log follows (survey problems show as path:line:column)\n" + result.logText)
            throw ValidationFailed()
        }
        guard let haven = result.builtArtifacts.first(where: { $0.kind == .executable && $0.url.lastPathComponent == "haven" }) else {
            Diagnostics.error("the build did not produce the haven executable")
            throw ValidationFailed()
        }
        let targets = arguments.isEmpty ? [context.package.directoryURL.appending(path: "surveys").path] : arguments
        let process = Process()
        process.executableURL = haven.url
        process.arguments = ["surveys", "validate"] + targets
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationFailed() }
    }
}

struct ValidationFailed: Error, CustomStringConvertible {
    var description: String { "survey validation failed" }
}
