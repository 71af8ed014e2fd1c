import Foundation
import Yams

/// The report's own fixed words in one language (`reports/strings.yaml`); module texts come from
/// the modules themselves.
public struct ReportStrings: Sendable {
    /// The language.
    public let language: String
    /// Every string of the language by key.
    public let table: [String: String]

    /// The languages the built-in strings cover.
    public static let languages = ["en", "es"]

    /// Reads the strings of `language` from a strings file's text.
    ///
    /// - Throws: `ReportError` when the text is not a mapping of languages to strings, or lacks the language.
    public init(yaml: String, path: String, language: String) throws(ReportError) {
        let parsed: Any?
        do {
            parsed = try Yams.load(yaml: yaml)
        } catch {
            throw ReportError("\(path): malformed YAML: \(error)")
        }
        guard let languages = parsed as? [String: Any] else {
            throw ReportError("\(path): expected a mapping from language codes (en, es) to strings")
        }
        guard let strings = languages[language] as? [String: Any] else {
            let known = languages.keys.sorted().joined(separator: ", ")
            throw ReportError("\(path): no report strings for language '\(language)'; it has: \(known)")
        }
        self.language = language
        self.table = strings.mapValues { "\($0)" }
    }

    /// The string of `key`, with `{name}` placeholders filled; the key itself when missing, so a
    /// gap in an override shows plainly instead of failing the report.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = table[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// A number with `digits` digits after a decimal point, in every language: the tables show
    /// CSV values exactly, and Spanish as written in the United States and Mexico uses the point too.
    public func number(_ value: Double, digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return text
    }

    /// A signed number (`+2.5`, `−1.0`) for changes, with a true minus sign.
    public func signed(_ value: Double, digits: Int) -> String {
        let magnitude = number(abs(value), digits: digits)
        if magnitude.allSatisfy({ $0 == "0" || $0 == "." }) { return magnitude }
        return (value < 0 ? "−" : "+") + magnitude
    }
}
