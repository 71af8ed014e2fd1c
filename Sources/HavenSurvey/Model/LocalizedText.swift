/// A text given in each of a module's languages.
public struct LocalizedText: Sendable, Hashable {
    /// Text by language code (`en`, `es`, …).
    public var translations: [String: String]

    /// Creates a text from its translations.
    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// The text in `language`, falling back to English, so a partial override never shows a blank.
    public func text(in language: String) -> String {
        translations[language] ?? translations[Language.required] ?? translations.values.sorted().first ?? ""
    }
}

/// Language codes and their names, for messages and language choosers.
public enum Language {
    /// Every module must be complete in English.
    public static let required = "en"

    /// The name of a language in that language, for the respondent's language choice.
    public static func nativeName(of code: String) -> String {
        switch code {
        case "en": "English"
        case "es": "Español"
        default: code
        }
    }

    /// The English name of a language, for messages to facilitators.
    public static func englishName(of code: String) -> String {
        switch code {
        case "en": "English"
        case "es": "Spanish"
        default: "'\(code)'"
        }
    }
}
