import HavenSurvey

/// What `?` shows: the plain statement that an anonymous survey cannot send help, then the
/// resources, the organisation's own first (`SurveyModule.prepared(for:)` puts them there).
struct HelpContent: Sendable, Equatable {
    /// One resource in the respondent's language.
    struct Item: Sendable, Equatable {
        var name: String
        var contact: String
        var note: String?
    }

    var heading: String
    var statement: String
    var items: [Item]

    init(module: SurveyModule, strings: UIStrings) {
        let language = strings.language
        heading = strings.helpHeading
        statement = strings.helpStatement
        items = module.resources.map { resource in
            Item(name: resource.name.text(in: language), contact: resource.contact.text(in: language), note: resource.note?.text(in: language))
        }
    }

    /// The content as lines of text, for plain mode and for the full screen alike.
    var paragraphs: [String] {
        var paragraphs = [heading, statement]
        for item in items {
            paragraphs.append([item.name, item.contact, item.note].compactMap { $0 }.joined(separator: "\n"))
        }
        return paragraphs
    }
}
