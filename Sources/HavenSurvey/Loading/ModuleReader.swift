/// Reads one module file into a `SurveyModule`, reporting every problem it finds.
struct ModuleReader {
    let source: SurveySource
    let shared: SharedDefinitions
    let log: DiagnosticLog

    private static let keys = [
        "id", "version", "languages", "title", "intro", "closing", "attribution", "thresholds", "resources", "reporting", "sections",
    ]

    /// The module, or nil when it is too broken to describe; the log then holds why.
    func read(_ root: YAMLMapping) -> (module: SurveyModule, idLocation: SourceLocation)? {
        root.rejectUnknownKeys(allowed: Self.keys, in: "a module", log: log)
        let languages = readLanguages(root)
        let texts = TextReader(languages: languages, log: log)

        guard let idNode = root.required("id", in: "a module", log: log), let id = idNode.nonEmptyString("the module id", log: log) else {
            return nil
        }
        if !Identifiers.isModuleID(id) {
            log.add(.invalidValue, at: idNode.location, "the module id '\(id)' may only hold lowercase letters, digits and single hyphens")
        } else if id != source.baseName {
            log.add(.invalidValue, at: idNode.location, "the module id '\(id)' must equal the file name '\(source.baseName)'")
        }
        var version = 1
        if let node = root.required("version", in: "a module", log: log), let value = node.integer("version", log: log) {
            if value < 1 {
                log.add(.invalidValue, at: node.location, "version must be 1 or more, not \(value)")
            }
            version = value
        }
        func text(_ key: String, required: Bool) -> LocalizedText? {
            let node = required ? root.required(key, in: "a module", log: log) : root[key]
            return node.flatMap { texts.read($0, "the module \(key)") }
        }
        let title = text("title", required: true)
        let intro = text("intro", required: true)
        let closing = text("closing", required: false)
        let attribution = text("attribution", required: false)
        let thresholds = readThresholds(root["thresholds"])
        let resources = readResources(root["resources"], languages: languages)

        let reader = QuestionReader(texts: texts, shared: shared, thresholds: thresholds)
        var sections: [Section] = []
        var drafts: [QuestionDraft] = []
        var sectionIDs: [String: SourceLocation] = [:]
        if let node = root.required("sections", in: "a module", log: log), let items = node.sequence("sections", log: log) {
            if items.isEmpty {
                log.add(.invalidValue, at: node.location, "a module needs at least one section")
            }
            for item in items {
                guard let (section, sectionDrafts) = readSection(item, texts: texts, reader: reader) else { continue }
                if let first = sectionIDs[section.id] {
                    log.add(.duplicateID, at: item.location, "the section id '\(section.id)' is used twice (first at line \(first.line))")
                }
                sectionIDs[section.id] = item.location
                sections.append(section)
                drafts += sectionDrafts
            }
        }
        let nested = readNested(root["reporting"])
        ModuleChecks(drafts: drafts, log: log).run(nested: nested)

        let module = SurveyModule(
            id: id, version: version, languages: languages, title: title ?? LocalizedText([:]), intro: intro ?? LocalizedText([:]),
            closing: closing, attribution: attribution, thresholds: thresholds, resources: resources,
            nestedDimensions: nested.map { $0.map(\.0) }, sections: sections, isExample: source.isExample, sourcePath: source.path)
        return (module, idNode.location)
    }

    private func readLanguages(_ root: YAMLMapping) -> [String] {
        guard let node = root.required("languages", in: "a module", log: log), let entries = node.stringList("languages", log: log) else {
            return [Language.required]
        }
        var languages: [String] = []
        for (code, location) in entries {
            if languages.contains(code) {
                log.add(.duplicateID, at: location, "the language '\(code)' is listed twice")
            } else if code.count < 2 || !code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) {
                log.add(.invalidValue, at: location, "'\(code)' is not a language code such as en or es")
            } else {
                languages.append(code)
            }
        }
        if !languages.contains(Language.required) {
            log.add(.missingTranslation, at: node.location, "every module must be available in English: add 'en' to languages")
            languages.insert(Language.required, at: 0)
        }
        return languages
    }

    private func readThresholds(_ node: YAMLNode?) -> Thresholds {
        var thresholds = Thresholds.defaults
        guard let node, let mapping = node.mapping("thresholds", log: log) else { return thresholds }
        mapping.rejectUnknownKeys(allowed: ["group", "sensitive", "comments"], in: "thresholds", log: log)
        for entry in mapping.entries {
            guard let value = entry.value.integer("the \(entry.key) threshold", log: log) else { continue }
            guard value >= Thresholds.minimum else {
                log.add(.thresholdTooLow, at: entry.value.location, "the \(entry.key) threshold is \(value); no threshold may be below \(Thresholds.minimum), since a group of two can work out each other's answers")
                continue
            }
            switch entry.key {
            case "group": thresholds.group = value
            case "sensitive": thresholds.sensitive = value
            case "comments": thresholds.comments = value
            default: break
            }
        }
        for (name, value) in [("sensitive", thresholds.sensitive), ("comments", thresholds.comments)] where value < thresholds.group {
            log.add(.thresholdTooLow, at: mapping[name]?.location ?? mapping.location, "the \(name) threshold (\(value)) must be at least the group threshold (\(thresholds.group))")
        }
        return thresholds
    }

    private func readResources(_ node: YAMLNode?, languages: [String]) -> [Resource] {
        guard let node, let ids = node.stringList("resources", log: log) else { return [] }
        var resources: [Resource] = []
        for (id, location) in ids {
            guard let resource = shared.resources[id] else {
                let known = shared.resources.keys.sorted()
                let hint = Spelling.closest(to: id, among: known).map { "did you mean '\($0)'?" } ?? "known resources: \(known.joined(separator: ", "))"
                log.add(.unknownReference, at: location, "unknown resource '\(id)'; \(hint)")
                continue
            }
            shared.checkTranslations(of: SharedDefinitions.resourceKey(id), languages: languages, log: log)
            resources.append(resource)
        }
        return resources
    }

    private func readSection(_ node: YAMLNode, texts: TextReader, reader: QuestionReader) -> (Section, [QuestionDraft])? {
        guard let mapping = node.mapping("a section", log: log) else { return nil }
        mapping.rejectUnknownKeys(allowed: ["id", "title", "notice", "questions"], in: "a section", log: log)
        guard let idNode = mapping.required("id", in: "a section", log: log), let id = idNode.nonEmptyString("a section id", log: log) else {
            return nil
        }
        if !Identifiers.isID(id) {
            log.add(.invalidValue, at: idNode.location, "the section id '\(id)' may only hold lowercase letters, digits, '-' and '_'")
        }
        let title = mapping.required("title", in: "section '\(id)'", log: log).flatMap { texts.read($0, "the title of section '\(id)'") }
        let notice = mapping["notice"].flatMap { texts.read($0, "the notice of section '\(id)'") }
        var drafts: [QuestionDraft] = []
        if let questionsNode = mapping.required("questions", in: "section '\(id)'", log: log), let items = questionsNode.sequence("questions", log: log) {
            if items.isEmpty {
                log.add(.invalidValue, at: questionsNode.location, "section '\(id)' has no questions")
            }
            drafts = items.compactMap { reader.read($0, sectionHasNotice: notice != nil) }
        }
        let section = Section(id: id, title: title ?? LocalizedText([:]), notice: notice, questions: drafts.map(\.question))
        return (section, drafts)
    }

    private func readNested(_ node: YAMLNode?) -> [[(String, SourceLocation)]] {
        guard let node, let mapping = node.mapping("reporting", log: log) else { return [] }
        mapping.rejectUnknownKeys(allowed: ["nested"], in: "reporting", log: log)
        guard let nestedNode = mapping["nested"], let pairs = nestedNode.sequence("nested", log: log) else { return [] }
        return pairs.compactMap { pair in
            guard let names = pair.stringList("a nested pair", log: log) else { return nil }
            guard names.count == 2, names[0].0 != names[1].0 else {
                log.add(.invalidValue, at: pair.location, "a nested pair names two different dimensions, outer first: [site_type, role]")
                return nil
            }
            return names
        }
    }
}
