import Foundation
import Yams

/// A YAML node together with the file it came from, so every problem can be located.
struct YAMLNode {
    let node: Node
    let path: String

    var location: SourceLocation {
        guard let mark = node.mark else { return .start(of: path) }
        return SourceLocation(path: path, line: mark.line, column: mark.column)
    }

    /// Parses a whole document; malformed YAML becomes a located diagnostic, never a crash.
    static func parse(_ contents: String, path: String, log: DiagnosticLog) -> YAMLNode? {
        do {
            guard let node = try Yams.compose(yaml: contents) else {
                log.add(.malformedYAML, at: .start(of: path), "the file is empty")
                return nil
            }
            return YAMLNode(node: node, path: path)
        } catch {
            let (location, problem) = MalformedYAML.describe(error, path: path, contents: contents)
            log.add(.malformedYAML, at: location, "malformed YAML: \(problem)")
        }
        return nil
    }
}

extension YAMLNode {
    // MARK: Typed reads. Each reports a `wrongType` diagnostic and returns nil on a mismatch.

    func scalar(_ what: String, log: DiagnosticLog) -> String? {
        guard case let .scalar(scalar) = node else {
            log.add(.wrongType, at: location, "\(what) must be a single value, not a \(kindName)")
            return nil
        }
        return scalar.string
    }

    func nonEmptyString(_ what: String, log: DiagnosticLog) -> String? {
        guard let value = scalar(what, log: log) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            log.add(.invalidValue, at: location, "\(what) must not be empty")
            return nil
        }
        return value
    }

    func integer(_ what: String, log: DiagnosticLog) -> Int? {
        guard let text = scalar(what, log: log) else { return nil }
        guard let value = Int(text) else {
            log.add(.wrongType, at: location, "\(what) must be a whole number, not '\(text)'")
            return nil
        }
        return value
    }

    func boolean(_ what: String, log: DiagnosticLog) -> Bool? {
        guard let text = scalar(what, log: log) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            log.add(.wrongType, at: location, "\(what) must be true or false, not '\(text)'")
            return nil
        }
    }

    func sequence(_ what: String, log: DiagnosticLog) -> [YAMLNode]? {
        guard case let .sequence(items) = node else {
            log.add(.wrongType, at: location, "\(what) must be a list, not a \(kindName)")
            return nil
        }
        return items.map { YAMLNode(node: $0, path: path) }
    }

    func mapping(_ what: String, log: DiagnosticLog) -> YAMLMapping? {
        guard case let .mapping(mapping) = node else {
            log.add(.wrongType, at: location, "\(what) must be a mapping of keys to values, not a \(kindName)")
            return nil
        }
        return YAMLMapping(mapping: mapping, at: self)
    }

    /// A list of scalars; a lone scalar is accepted as a one-element list.
    func stringList(_ what: String, log: DiagnosticLog) -> [(String, SourceLocation)]? {
        if case .scalar = node {
            return scalar(what, log: log).map { [($0, location)] }
        }
        guard let items = sequence(what, log: log) else { return nil }
        return items.compactMap { item in item.scalar("each entry of \(what)", log: log).map { ($0, item.location) } }
    }

    var kindName: String {
        switch node {
        case .scalar: "single value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}

/// A YAML mapping whose keys are plain strings, read in file order.
struct YAMLMapping {
    struct Entry {
        let key: String
        let keyLocation: SourceLocation
        let value: YAMLNode
    }

    let entries: [Entry]
    let owner: YAMLNode

    init(mapping: Node.Mapping, at owner: YAMLNode) {
        self.owner = owner
        entries = mapping.map { key, value in
            let keyNode = YAMLNode(node: key, path: owner.path)
            return Entry(key: key.string ?? "", keyLocation: keyNode.location, value: YAMLNode(node: value, path: owner.path))
        }
    }

    var location: SourceLocation { owner.location }

    subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// Reports every key not in `allowed`, with a suggestion when one is a likely misspelling.
    func rejectUnknownKeys(allowed: [String], in what: String, log: DiagnosticLog) {
        for entry in entries where !allowed.contains(entry.key) {
            var message = "unknown key '\(entry.key)' in \(what)"
            if let suggestion = Spelling.closest(to: entry.key, among: allowed) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; expected one of: \(allowed.joined(separator: ", "))"
            }
            log.add(.unknownKey, at: entry.keyLocation, message)
        }
    }

    /// The value of a key that must be present.
    func required(_ key: String, in what: String, log: DiagnosticLog) -> YAMLNode? {
        guard let value = self[key] else {
            log.add(.missingKey, at: location, "\(what) needs the key '\(key)'")
            return nil
        }
        return value
    }
}
