import Foundation
import HavenSurvey
import Yams

/// The organisation's settings, read from `haven.yaml` (or `--config PATH`, or `HAVEN_CONFIG`).
///
/// ```yaml
/// organization: Riverside Community Health
/// surveys: local-surveys            # extra or replacement modules, relative to this file
/// sites: [Main Street Clinic, Eastside Clinic, Mobile Unit]
/// local_resources:
///   - name: {en: Employee Assistance Program, es: Programa de Asistencia al Empleado}
///     contact: 1-800-555-0100 (24/7, confidential)
/// headcounts:                       # staff per site code (or `all`), for response rates
///   all: 240
///   main-street-clinic: 120
/// idle_timeout_seconds: 180
/// kiosk_passphrase_sha256: 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8
/// ```
public struct Configuration: Sendable, Equatable {
    /// The organisation's name, for report headings.
    public var organization: String?
    /// A folder of survey modules that add to or replace the built-in ones.
    public var surveysDirectory: String?
    /// The organisation's sites: the options of a module's `site` dimension.
    public var sites: [AnswerOption]
    /// Help resources of the organisation's own (EAP, the partner DV program), shown before the national ones.
    public var localResources: [Resource]
    /// Staff headcounts by site code, or `all` for the whole organisation: the denominators of
    /// response rates.
    public var headcounts: [String: Int]
    /// How long a respondent's screen may sit untouched before everything is discarded.
    public var idleTimeoutSeconds: Int
    /// The SHA-256 (hex) of the passphrase that ends kiosk mode.
    public var kioskPassphraseSHA256: String?

    /// The default idle timeout: three minutes.
    public static let defaultIdleTimeout = 180

    /// Creates a configuration.
    public init(
        organization: String? = nil, surveysDirectory: String? = nil, sites: [AnswerOption] = [], localResources: [Resource] = [],
        headcounts: [String: Int] = [:], idleTimeoutSeconds: Int = Configuration.defaultIdleTimeout, kioskPassphraseSHA256: String? = nil
    ) {
        self.organization = organization
        self.surveysDirectory = surveysDirectory
        self.sites = sites
        self.localResources = localResources
        self.headcounts = headcounts
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.kioskPassphraseSHA256 = kioskPassphraseSHA256
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
        let reader = ConfigurationReader(path: path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            let (location, problem) = MalformedYAML.describe(error, path: path, contents: text)
            throw HavenError(.invalidConfiguration, "malformed YAML: \(problem)", at: location)
        }
        guard let node else { return Configuration() }
        guard case let .mapping(mapping) = node else {
            throw reader.error("the configuration must be a mapping of keys to values", at: node)
        }
        var configuration = Configuration()
        var headcountKeys: [Node] = []
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "organization":
                configuration.organization = try reader.string(value, "organization")
            case "surveys":
                configuration.surveysDirectory = resolve(try reader.string(value, "surveys"), against: (path as NSString).deletingLastPathComponent)
            case "sites":
                configuration.sites = try reader.sites(value)
            case "local_resources":
                configuration.localResources = try reader.resources(value)
            case "headcounts":
                configuration.headcounts = try reader.headcounts(value)
                if case let .mapping(counts) = value { headcountKeys = Array(counts.keys) }
            case "idle_timeout_seconds":
                let seconds = try reader.integer(value, "idle_timeout_seconds")
                guard (15...3600).contains(seconds) else {
                    throw reader.error("idle_timeout_seconds must be between 15 and 3600", at: value)
                }
                configuration.idleTimeoutSeconds = seconds
            case "kiosk_passphrase_sha256":
                let hash = try reader.string(value, "kiosk_passphrase_sha256").lowercased()
                guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else {
                    throw reader.error("kiosk_passphrase_sha256 must be 64 hexadecimal digits, as printed by: printf '%s' 'your passphrase' | sha256sum", at: value)
                }
                configuration.kioskPassphraseSHA256 = hash
            default:
                throw reader.error("unknown key '\(key.string ?? "")'; the configuration knows: \(ConfigurationReader.keys.joined(separator: ", "))", at: key)
            }
        }
        // Checked after the loop: `sites` may come after `headcounts` in the file.
        if !configuration.sites.isEmpty {
            for key in headcountKeys where key.string != "all" && !configuration.sites.contains(where: { $0.code == key.string }) {
                let codes = configuration.sites.map(\.code).joined(separator: ", ")
                throw reader.error("the headcount names '\(key.string ?? "")', which is not a site code; use 'all' or one of: \(codes)", at: key)
            }
        }
        return configuration
    }

    static func resolve(_ path: String, against folder: String) -> String {
        path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
    }
}
