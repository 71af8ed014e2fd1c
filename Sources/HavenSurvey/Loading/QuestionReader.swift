/// A question as read, with the places its cross-references are written, for the module-wide checks.
struct QuestionDraft {
    var question: Question
    var location: SourceLocation
    var idLocation: SourceLocation
    var showIfQuestionLocation: SourceLocation?
    var showIfCodeLocations: [SourceLocation] = []
    var beforeLocation: SourceLocation?
    var sessionTextLocations: [String: SourceLocation] = [:]
    var sessionTextLocation: SourceLocation?
}

/// Reads one question mapping, checking everything that does not depend on other questions.
struct QuestionReader {
    let texts: TextReader
    let shared: SharedDefinitions
    let thresholds: Thresholds
    var log: DiagnosticLog { texts.log }

    private static let commonKeys = ["id", "type", "text", "session_text", "help", "optional", "sensitive", "show_if", "threshold"]
    private static let typeKeys: [QuestionType: [String]] = [
        .single: ["options", "favorable"],
        .multi: ["options", "max", "favorable"],
        .scale: ["scale", "extra_options", "favorable", "before"],
        .text: ["max_length"],
        .dimension: ["dimension", "options"],
    ]
    private static let allKeys = commonKeys + QuestionType.allCases.flatMap { typeKeys[$0] ?? [] }

    func read(_ node: YAMLNode, sectionHasNotice: Bool) -> QuestionDraft? {
        guard let mapping = node.mapping("a question", log: log) else { return nil }
        guard let idNode = mapping.required("id", in: "a question", log: log), let id = idNode.nonEmptyString("a question id", log: log) else {
            return nil
        }
        let what = "question '\(id)'"
        if !Identifiers.isID(id) {
            log.add(.invalidValue, at: idNode.location, "the question id '\(id)' may only hold lowercase letters, digits, '-' and '_', starting with a letter; it becomes a CSV column name")
        } else if Identifiers.reservedColumns.contains(id) {
            log.add(.invalidValue, at: idNode.location, "'\(id)' is a reserved column of the import format; choose another question id")
        }
        let type = readType(mapping, what)
        checkKeys(mapping, type: type, what)

        var question = Question(id: id, type: type ?? .text, text: LocalizedText([:]))
        var draft = QuestionDraft(question: question, location: mapping.location, idLocation: idNode.location)
        if let node = mapping.required("text", in: what, log: log), let text = texts.read(node, "the text of \(what)") {
            question.text = text
        }
        question.help = mapping["help"].flatMap { texts.read($0, "the help of \(what)") }
        question.isOptional = mapping["optional"].flatMap { $0.boolean("optional", log: log) } ?? true
        question.isSensitive = mapping["sensitive"].flatMap { $0.boolean("sensitive", log: log) } ?? false

        if let type {
            readTypeSpecific(mapping, type: type, into: &question, what)
        }
        if let node = mapping["favorable"] {
            question.favorable = readFavorable(node, options: question.options, what)
        } else if let scale = question.scale {
            question.favorable = scale.favorable
        }
        if let node = mapping["threshold"] {
            question.threshold = readThreshold(node, sensitive: question.isSensitive, what)
        }
        if let node = mapping["show_if"] {
            readShowIf(node, into: &question, draft: &draft, what)
        }
        if let node = mapping["before"], let before = node.nonEmptyString("before", log: log) {
            question.before = before
            draft.beforeLocation = node.location
        }
        if let node = mapping["session_text"], let entries = node.mapping("session_text", log: log) {
            draft.sessionTextLocation = node.location
            for entry in entries.entries {
                if let text = texts.read(entry.value, "the session \(entry.key) text of \(what)") {
                    question.sessionText[entry.key] = text
                    draft.sessionTextLocations[entry.key] = entry.keyLocation
                }
            }
        }
        checkSensitive(mapping, question, sectionHasNotice: sectionHasNotice, what)
        draft.question = question
        return draft
    }

    private func readType(_ mapping: YAMLMapping, _ what: String) -> QuestionType? {
        guard let node = mapping.required("type", in: what, log: log), let raw = node.scalar("the type of \(what)", log: log) else {
            return nil
        }
        guard let type = QuestionType(rawValue: raw) else {
            let known = QuestionType.allCases.map(\.rawValue)
            let hint = Spelling.closest(to: raw, among: known).map { "did you mean '\($0)'?" } ?? "expected one of: \(known.joined(separator: ", "))"
            log.add(.invalidValue, at: node.location, "unknown question type '\(raw)'; \(hint)")
            return nil
        }
        return type
    }

    private func checkKeys(_ mapping: YAMLMapping, type: QuestionType?, _ what: String) {
        let allowed = Self.commonKeys + (type.flatMap { Self.typeKeys[$0] } ?? [])
        for entry in mapping.entries where !allowed.contains(entry.key) {
            if Self.allKeys.contains(entry.key) {
                guard let type else { continue }
                let owners = QuestionType.allCases.filter { Self.typeKeys[$0]?.contains(entry.key) == true }.map(\.rawValue)
                log.add(.invalidValue, at: entry.keyLocation, "'\(entry.key)' applies only to \(owners.joined(separator: " and ")) questions, and \(what) is a \(type.rawValue) question")
            } else {
                let hint = Spelling.closest(to: entry.key, among: allowed).map { "did you mean '\($0)'?" } ?? "expected one of: \(allowed.joined(separator: ", "))"
                log.add(.unknownKey, at: entry.keyLocation, "unknown key '\(entry.key)' in \(what); \(hint)")
            }
        }
    }

    private func readTypeSpecific(_ mapping: YAMLMapping, type: QuestionType, into question: inout Question, _ what: String) {
        let options = OptionReader(texts: texts)
        switch type {
        case .single, .multi:
            let extraKeys = type == .multi ? ["exclusive", "need"] : ["need"]
            if let node = mapping.required("options", in: what, log: log) {
                question.options = options.readList(node, what, extraKeys: extraKeys)
                if question.options.count < 2 {
                    log.add(.invalidValue, at: node.location, "\(what) needs at least two options")
                }
            }
            if let node = mapping["max"], let max = node.integer("max", log: log) {
                if max < 1 || max > question.options.count {
                    log.add(.invalidValue, at: node.location, "max must be between 1 and the number of options (\(question.options.count)), not \(max)")
                } else {
                    question.maxChoices = max
                }
            }
        case .scale:
            guard let node = mapping.required("scale", in: what, log: log), let name = node.nonEmptyString("the scale of \(what)", log: log) else {
                break
            }
            guard let scale = shared.scales[name] else {
                let known = shared.scales.keys.sorted()
                let hint = Spelling.closest(to: name, among: known).map { "did you mean '\($0)'?" } ?? "known scales: \(known.joined(separator: ", "))"
                log.add(.unknownScale, at: node.location, "unknown scale '\(name)'; \(hint)")
                break
            }
            shared.checkTranslations(of: SharedDefinitions.scaleKey(name), languages: texts.languages ?? [], log: log)
            question.scale = scale
            question.options = scale.points + scale.outside
            if let extraNode = mapping["extra_options"] {
                for (extra, location) in options.readLocatedList(extraNode, "the extra options of \(what)", extraKeys: [], outsideScale: true) {
                    if question.option(code: extra.code) != nil {
                        log.add(.duplicateID, at: location, "the option code '\(extra.code)' is already a code of the scale '\(name)'")
                    } else {
                        question.options.append(extra)
                    }
                }
            }
        case .text:
            if let node = mapping["max_length"], let length = node.integer("max_length", log: log) {
                if (1...10_000).contains(length) {
                    question.maxLength = length
                } else {
                    log.add(.invalidValue, at: node.location, "max_length must be between 1 and 10000, not \(length)")
                }
            }
        case .dimension:
            readDimension(mapping, into: &question, options: options, what)
        }
    }

    private func readDimension(_ mapping: YAMLMapping, into question: inout Question, options: OptionReader, _ what: String) {
        if let node = mapping.required("dimension", in: what, log: log), let name = node.nonEmptyString("the dimension of \(what)", log: log) {
            if Identifiers.isID(name) {
                question.dimension = name
            } else {
                log.add(.invalidValue, at: node.location, "the dimension name '\(name)' may only hold lowercase letters, digits, '-' and '_'")
            }
        }
        if let node = mapping["options"] {
            question.options = options.readList(node, what, extraKeys: [])
            if question.options.isEmpty {
                log.add(.dimensionWithoutOptions, at: node.location, "the dimension \(what) has an empty option list")
            }
        } else if question.dimension != Dimension.site {
            let name = question.dimension ?? "?"
            log.add(
                .dimensionWithoutOptions, at: mapping.location,
                "the dimension '\(name)' of \(what) needs options: reports can only group respondents by a fixed list (only 'site' may take its list from the organisation's configuration)")
        }
    }

    private func readFavorable(_ node: YAMLNode, options: [AnswerOption], _ what: String) -> [String] {
        guard let codes = node.stringList("favorable", log: log) else { return [] }
        for (code, location) in codes where !options.contains(where: { $0.code == code }) {
            let hint = Spelling.closest(to: code, among: options.map(\.code)).map { "; did you mean '\($0)'?" } ?? ""
            log.add(.unknownReference, at: location, "favorable code '\(code)' is not an option of \(what)\(hint)")
        }
        return codes.map(\.0)
    }

    private func readThreshold(_ node: YAMLNode, sensitive: Bool, _ what: String) -> Int? {
        guard let value = node.integer("threshold", log: log) else { return nil }
        let floor = sensitive ? thresholds.sensitive : thresholds.group
        if value < Thresholds.minimum {
            log.add(.thresholdTooLow, at: node.location, "the threshold of \(what) is \(value); no threshold may be below \(Thresholds.minimum)")
            return nil
        }
        if value < floor {
            log.add(.thresholdTooLow, at: node.location, "the threshold of \(what) is \(value), below the module's \(sensitive ? "sensitive" : "group") threshold of \(floor); a question may only raise it")
            return nil
        }
        return value
    }

    private func readShowIf(_ node: YAMLNode, into question: inout Question, draft: inout QuestionDraft, _ what: String) {
        guard let mapping = node.mapping("show_if", log: log) else { return }
        mapping.rejectUnknownKeys(allowed: ["question", "equals", "in"], in: "show_if", log: log)
        guard let target = mapping.required("question", in: "show_if", log: log), let name = target.nonEmptyString("show_if question", log: log) else {
            return
        }
        let equals = mapping["equals"]
        let within = mapping["in"]
        var codes: [(String, SourceLocation)] = []
        switch (equals, within) {
        case let (node?, nil):
            if let code = node.scalar("show_if equals", log: log) { codes = [(code, node.location)] }
        case let (nil, node?):
            codes = node.stringList("show_if in", log: log) ?? []
        case (.some, .some):
            log.add(.invalidValue, at: mapping.location, "show_if takes either 'equals' or 'in', not both")
        case (nil, nil):
            log.add(.missingKey, at: mapping.location, "show_if needs 'equals: CODE' or 'in: [CODE, …]'")
        }
        question.showIf = Condition(question: name, codes: codes.map(\.0))
        draft.showIfQuestionLocation = target.location
        draft.showIfCodeLocations = codes.map(\.1)
    }

    private func checkSensitive(_ mapping: YAMLMapping, _ question: Question, sectionHasNotice: Bool, _ what: String) {
        guard question.isSensitive else { return }
        let location = mapping["sensitive"]?.location ?? mapping.location
        if question.type == .dimension {
            log.add(.invalidValue, at: location, "\(what) is a dimension and cannot be sensitive: reports break other answers down by dimensions")
        }
        if !question.isOptional {
            log.add(.invalidValue, at: mapping["optional"]?.location ?? location, "\(what) is sensitive, so it must be optional: no one is ever made to answer it")
        }
        if [.single, .multi, .scale].contains(question.type), question.option(code: AnswerOption.preferNotCode) == nil {
            log.add(.sensitiveWithoutPreferNot, at: location, "\(what) is sensitive but has no '\(AnswerOption.preferNotCode)' option; add one labelled \"Prefer not to answer\"")
        }
        if !sectionHasNotice {
            log.add(.sensitiveWithoutNotice, at: location, "\(what) is sensitive, so its section needs a 'notice' shown before it, with the choice to skip the section")
        }
    }
}
