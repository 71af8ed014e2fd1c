/// Reads texts given per language and checks them against the languages a module promises.
///
/// Shared files (scales, resources) serve modules with different languages, so they are read
/// with `languages` nil and checked later, against each module that uses them.
struct TextReader {
    let languages: [String]?
    let log: DiagnosticLog

    /// A text with every language present and non-empty; problems are reported, and whatever was
    /// readable is still returned so later checks can go on.
    func read(_ node: YAMLNode, _ what: String) -> LocalizedText? {
        guard case .mapping = node.node else {
            let wanted = (languages ?? [Language.required]).joined(separator: ", ")
            log.add(.wrongType, at: node.location, "\(what) must give a text for each language (\(wanted)), for example 'en: …'")
            return nil
        }
        guard let mapping = node.mapping(what, log: log) else { return nil }
        var translations: [String: String] = [:]
        for entry in mapping.entries {
            if let languages, !languages.contains(entry.key) {
                log.add(
                    .invalidValue, at: entry.keyLocation,
                    "\(what) has a text in \(Language.englishName(of: entry.key)), which is not in the module's languages (\(languages.joined(separator: ", ")))")
                continue
            }
            if let value = entry.value.nonEmptyString("the \(Language.englishName(of: entry.key)) text of \(what)", log: log) {
                translations[entry.key] = value
            }
        }
        checkComplete(translations, at: node.location, what)
        return LocalizedText(translations)
    }

    /// Reports each language missing from a text read earlier (shared scales and resources).
    func checkComplete(_ translations: [String: String], at location: SourceLocation, _ what: String) {
        for language in languages ?? [] where translations[language] == nil {
            log.add(.missingTranslation, at: location, "missing \(Language.englishName(of: language)) (\(language)) translation of \(what)")
        }
    }
}
