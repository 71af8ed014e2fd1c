import Foundation
import HavenSurvey

/// Reads survey files from disk: single files, or folders searched for `*.yaml`.
public enum SurveyFiles {
    /// The sources at `paths`; a folder contributes every YAML file below it, those under an
    /// `examples` folder marked as examples. Files that cannot be read become diagnostics.
    public static func sources(at paths: [String]) -> (sources: [SurveySource], unreadable: [SurveyDiagnostic]) {
        var sources: [SurveySource] = []
        var unreadable: [SurveyDiagnostic] = []
        for path in paths {
            for file in files(at: path) {
                do {
                    let contents = try String(contentsOfFile: file, encoding: .utf8)
                    let isExample = file.split(separator: "/").dropLast().contains("examples")
                    sources.append(SurveySource(path: file, contents: contents, isExample: isExample))
                } catch {
                    let reason = FileManager.default.fileExists(atPath: file) ? "cannot be read as UTF-8 text" : "does not exist"
                    unreadable.append(SurveyDiagnostic(.unreadableFile, at: .start(of: file), "the file \(reason); check the path and save it as UTF-8"))
                }
            }
        }
        return (sources, unreadable)
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { base + "/" + $0 }
    }
}
