import Foundation
import HavenSurvey
import Yams

/// The organisation's settings, read from `haven.yaml` (or `--config PATH`, or `HAVEN_CONFIG`).
public struct Configuration: Sendable, Equatable {
    /// The organisation's name, for report headings.
    public var organization: String?
    /// A folder of survey modules that add to or replace the built-in ones.
    public var surveysDirectory: String?

    /// Creates a configuration.
    public init(organization: String? = nil, surveysDirectory: String? = nil) {
        self.organization = organization
        self.surveysDirectory = surveysDirectory
    }

    /// The file name looked for in the working directory when no path is given.
    public static let defaultFileName = "haven.yaml"

    /// Finds and reads the configuration: `explicitPath`, else `HAVEN_CONFIG`, else `haven.yaml` in
    /// `workingDirectory` if there is one, else the defaults.
    public static func load(explicitPath: String?, environment: [String: String], workingDirectory: String) throws(HavenError) -> Configuration {
        let named = explicitPath ?? environment["HAVEN_CONFIG"]
        let path = named.map { resolve($0, against: workingDirectory) } ?? (workingDirectory + "/" + defaultFileName)
        guard FileManager.default.fileExists(atPath: path) else {
            if named != nil {
                throw HavenError(.invalidConfiguration, "the configuration file \(path) does not exist; check --config or HAVEN_CONFIG")
            }
            return Configuration()
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw HavenError(.unreadableFile, "the configuration file cannot be read as UTF-8 text", at: .start(of: path))
        }
        return try parse(text, path: path)
    }

    /// Parses configuration text; relative paths in it are taken from the file's folder.
    public static func parse(_ text: String, path: String) throws(HavenError) -> Configuration {
        let folder = (path as NSString).deletingLastPathComponent
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw HavenError(.invalidConfiguration, "malformed YAML: \(error)", at: .start(of: path))
        }
        guard let node else { return Configuration() }
        guard case let .mapping(mapping) = node else {
            throw HavenError(.invalidConfiguration, "the configuration must be a mapping of keys to values", at: location(node, path))
        }
        var configuration = Configuration()
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "organization":
                configuration.organization = try string(value, name, path)
            case "surveys":
                configuration.surveysDirectory = resolve(try string(value, name, path), against: folder)
            default:
                throw HavenError(.invalidConfiguration, "unknown key '\(name)'; the configuration knows: organization, surveys", at: location(key, path))
            }
        }
        return configuration
    }

    private static func string(_ node: Node, _ key: String, _ path: String) throws(HavenError) -> String {
        guard case let .scalar(scalar) = node, !scalar.string.isEmpty else {
            throw HavenError(.invalidConfiguration, "'\(key)' must be a single non-empty value", at: location(node, path))
        }
        return scalar.string
    }

    private static func location(_ node: Node, _ path: String) -> SourceLocation {
        node.mark.map { SourceLocation(path: path, line: $0.line, column: $0.column) } ?? .start(of: path)
    }

    private static func resolve(_ path: String, against folder: String) -> String {
        path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
    }
}
