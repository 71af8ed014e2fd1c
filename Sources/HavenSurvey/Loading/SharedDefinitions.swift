/// A text read from a shared file, kept with its place so each module using it can check its languages.
struct LocatedText {
    let translations: [String: String]
    let location: SourceLocation
    let what: String
}

/// The scales and resources of `surveys/common/`, read before the modules that use them.
struct SharedDefinitions {
    var scales: [String: Scale] = [:]
    var resources: [String: Resource] = [:]
    private(set) var texts: [String: [LocatedText]] = [:]
    private var origins: [String: SourceLocation] = [:]

    /// Whether a file holds shared definitions rather than a module.
    static func isShared(_ root: YAMLMapping) -> Bool {
        root["id"] == nil && (root["scales"] != nil || root["resources"] != nil)
    }

    /// Reads a shared file; entries replace earlier ones of the same name only when `replacing`.
    mutating func read(_ root: YAMLMapping, replacing: Bool, log: DiagnosticLog) {
        root.rejectUnknownKeys(allowed: ["scales", "resources"], in: "a shared definitions file", log: log)
        let texts = TextReader(languages: nil, log: log)
        if let node = root["scales"], let mapping = node.mapping("scales", log: log) {
            for entry in mapping.entries {
                guard claim(Self.scaleKey(entry.key), at: entry.keyLocation, replacing: replacing, "the scale '\(entry.key)'", log: log) else { continue }
                scales[entry.key] = readScale(entry, texts: texts)
            }
        }
        if let node = root["resources"], let items = node.sequence("resources", log: log) {
            for item in items {
                guard let (resource, located) = readResource(item, texts: texts),
                    claim(Self.resourceKey(resource.id), at: item.location, replacing: replacing, "the resource '\(resource.id)'", log: log)
                else { continue }
                resources[resource.id] = resource
                self.texts[Self.resourceKey(resource.id)] = located
            }
        }
    }

    /// Reports each language a module needs that a shared text lacks.
    func checkTranslations(of key: String, languages: [String], log: DiagnosticLog) {
        let reader = TextReader(languages: languages, log: log)
        for text in texts[key] ?? [] {
            reader.checkComplete(text.translations, at: text.location, text.what)
        }
    }

    static func scaleKey(_ name: String) -> String { "scale:\(name)" }
    static func resourceKey(_ id: String) -> String { "resource:\(id)" }

    private mutating func claim(_ key: String, at location: SourceLocation, replacing: Bool, _ what: String, log: DiagnosticLog) -> Bool {
        if let first = origins[key], !replacing || first.path == location.path {
            log.add(.duplicateID, at: location, "\(what) is defined twice (first at \(first))")
            return false
        }
        origins[key] = location
        texts[key] = []
        return true
    }

    private mutating func remember(_ text: LocalizedText, at location: SourceLocation, _ what: String, key: String) {
        texts[key, default: []].append(LocatedText(translations: text.translations, location: location, what: what))
    }

    private mutating func readScale(_ entry: YAMLMapping.Entry, texts: TextReader) -> Scale {
        let log = texts.log
        let name = entry.key
        let key = Self.scaleKey(name)
        let options = OptionReader(texts: texts)
        var scale = Scale(name: name, isOrdered: false, points: [], outside: [], favorable: [])
        guard let mapping = entry.value.mapping("the scale '\(name)'", log: log) else { return scale }
        mapping.rejectUnknownKeys(allowed: ["ordered", "points", "outside", "favorable"], in: "the scale '\(name)'", log: log)
        scale.isOrdered = mapping["ordered"].flatMap { $0.boolean("ordered", log: log) } ?? false
        var located: [(option: AnswerOption, location: SourceLocation)] = []
        if let node = mapping.required("points", in: "the scale '\(name)'", log: log) {
            located = options.readLocatedList(node, "the scale '\(name)'", extraKeys: [])
            scale.points = located.map(\.option)
            if scale.points.count < 2 {
                log.add(.invalidValue, at: node.location, "the scale '\(name)' needs at least two points")
            }
            if scale.isOrdered, let bad = scale.points.first(where: { Int($0.code) == nil }) {
                log.add(.invalidValue, at: node.location, "the ordered scale '\(name)' scores its points by their codes, so each code must be a whole number ('\(bad.code)' is not)")
            }
        }
        if let node = mapping["outside"] {
            let outside = options.readLocatedList(node, "the outside options of '\(name)'", extraKeys: [], outsideScale: true)
            scale.outside = outside.map(\.option)
            located += outside
        }
        for (option, location) in located {
            remember(option.label, at: location, "the label of option '\(option.code)' of scale '\(name)'", key: key)
        }
        if let node = mapping["favorable"], let codes = node.stringList("favorable", log: log) {
            for (code, location) in codes where !scale.points.contains(where: { $0.code == code }) {
                log.add(.unknownReference, at: location, "favorable code '\(code)' is not a point of the scale '\(name)'")
            }
            scale.favorable = codes.map(\.0)
        }
        return scale
    }

    private func readResource(_ node: YAMLNode, texts: TextReader) -> (Resource, [LocatedText])? {
        let log = texts.log
        guard let mapping = node.mapping("a resource", log: log) else { return nil }
        mapping.rejectUnknownKeys(allowed: ["id", "name", "contact", "note"], in: "a resource", log: log)
        guard let idNode = mapping.required("id", in: "a resource", log: log), let id = idNode.nonEmptyString("a resource id", log: log) else {
            return nil
        }
        guard Identifiers.isID(id) else {
            log.add(.invalidValue, at: idNode.location, "the resource id '\(id)' may only hold lowercase letters, digits, '-' and '_'")
            return nil
        }
        var located: [LocatedText] = []
        func text(_ field: String, required: Bool) -> LocalizedText? {
            let what = "the \(field) of resource '\(id)'"
            guard let node = required ? mapping.required(field, in: "the resource '\(id)'", log: log) : mapping[field],
                let value = texts.read(node, what)
            else { return nil }
            located.append(LocatedText(translations: value.translations, location: node.location, what: what))
            return value
        }
        let resource = Resource(
            id: id, name: text("name", required: true) ?? LocalizedText([:]),
            contact: text("contact", required: true) ?? LocalizedText([:]), note: text("note", required: false))
        return (resource, located)
    }
}
