import Foundation
import HavenSurvey
import Yams

/// Typed reads from the configuration's YAML nodes, each failure located in the file.
struct ConfigurationReader {
    let path: String

    static let keys = ["organization", "surveys", "sites", "local_resources", "headcounts", "idle_timeout_seconds", "kiosk_passphrase_sha256"]

    func error(_ message: String, at node: Node) -> HavenError {
        let location = node.mark.map { SourceLocation(path: path, line: $0.line, column: $0.column) } ?? .start(of: path)
        return HavenError(.invalidConfiguration, message, at: location)
    }

    func string(_ node: Node, _ key: String) throws(HavenError) -> String {
        guard case let .scalar(scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error("'\(key)' must be a single non-empty value", at: node)
        }
        return scalar.string
    }

    func integer(_ node: Node, _ key: String) throws(HavenError) -> Int {
        guard let value = Int(try string(node, key)) else { throw error("'\(key)' must be a whole number", at: node) }
        return value
    }

    /// A text that is the same in every language, or given per language.
    func text(_ node: Node, _ key: String) throws(HavenError) -> LocalizedText {
        if case .scalar = node {
            let value = try string(node, key)
            return LocalizedText([Language.required: value])
        }
        guard case let .mapping(mapping) = node else { throw error("'\(key)' must be a text, or a text per language (en: …, es: …)", at: node) }
        var translations: [String: String] = [:]
        for (language, value) in mapping {
            translations[language.string ?? ""] = try string(value, "\(key).\(language.string ?? "")")
        }
        guard translations[Language.required] != nil else { throw error("'\(key)' needs an English (en) text", at: node) }
        return LocalizedText(translations)
    }

    /// Sites as names (their codes made from the names) or as `{code, name}` pairs.
    func sites(_ node: Node) throws(HavenError) -> [AnswerOption] {
        guard case let .sequence(items) = node else { throw error("'sites' must be a list", at: node) }
        var sites: [AnswerOption] = []
        for item in items {
            let site: AnswerOption
            if case let .mapping(mapping) = item {
                guard let code = mapping["code"], let name = mapping["name"] else { throw error("a site needs 'code' and 'name'", at: item) }
                site = AnswerOption(code: try string(code, "code"), label: try text(name, "name"))
            } else {
                let name = try string(item, "a site")
                site = AnswerOption(code: Self.code(for: name), label: LocalizedText([Language.required: name]))
            }
            guard !site.code.isEmpty, !sites.contains(where: { $0.code == site.code }) else {
                throw error("the site '\(site.code)' is listed twice (or has no letters or digits)", at: item)
            }
            sites.append(site)
        }
        return sites
    }

    func resources(_ node: Node) throws(HavenError) -> [Resource] {
        guard case let .sequence(items) = node else { throw error("'local_resources' must be a list", at: node) }
        var resources: [Resource] = []
        for (index, item) in items.enumerated() {
            guard case let .mapping(mapping) = item, let name = mapping["name"], let contact = mapping["contact"] else {
                throw error("a local resource needs 'name' and 'contact' (and may have 'note')", at: item)
            }
            for key in mapping.keys where !["name", "contact", "note"].contains(key.string ?? "") {
                throw error("unknown key '\(key.string ?? "")' in a local resource; expected name, contact, note", at: key)
            }
            resources.append(
                Resource(
                    id: "local-\(index + 1)", name: try text(name, "name"), contact: try text(contact, "contact"),
                    note: try mapping["note"].map { node throws(HavenError) in try text(node, "note") }))
        }
        return resources
    }

    /// Headcounts: a mapping from site codes (or `all`) to a positive whole number of staff.
    func headcounts(_ node: Node) throws(HavenError) -> [String: Int] {
        guard case let .mapping(mapping) = node else {
            throw error("'headcounts' must map site codes (or 'all') to numbers of staff, like  all: 240", at: node)
        }
        var headcounts: [String: Int] = [:]
        for (key, value) in mapping {
            let site = try string(key, "a headcount's site")
            guard headcounts[site] == nil else { throw error("the headcount of '\(site)' is given twice", at: key) }
            let count = try integer(value, "headcounts.\(site)")
            guard count > 0 else { throw error("the headcount of '\(site)' must be a whole number above 0", at: value) }
            headcounts[site] = count
        }
        return headcounts
    }

    /// A code for a site name: lowercase letters and digits joined by hyphens.
    static func code(for name: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "-")
    }
}
