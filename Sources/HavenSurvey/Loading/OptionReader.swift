/// Reads option lists: question options, scale points and outside options.
struct OptionReader {
    let texts: TextReader
    var log: DiagnosticLog { texts.log }

    /// Reads a list of options, reporting duplicate codes; `extraKeys` are allowed beyond code and label.
    func readList(_ node: YAMLNode, _ what: String, extraKeys: [String], outsideScale: Bool = false) -> [AnswerOption] {
        readLocatedList(node, what, extraKeys: extraKeys, outsideScale: outsideScale).map(\.option)
    }

    /// Like `readList`, keeping where each option is written.
    func readLocatedList(_ node: YAMLNode, _ what: String, extraKeys: [String], outsideScale: Bool = false) -> [(option: AnswerOption, location: SourceLocation)] {
        guard let items = node.sequence(what, log: log) else { return [] }
        var seen: [String: SourceLocation] = [:]
        var options: [(option: AnswerOption, location: SourceLocation)] = []
        for item in items {
            guard let option = read(item, what, extraKeys: extraKeys, outsideScale: outsideScale) else { continue }
            if let first = seen[option.code] {
                log.add(.duplicateID, at: item.location, "the option code '\(option.code)' is used twice in \(what) (first at line \(first.line))")
                continue
            }
            seen[option.code] = item.location
            options.append((option, item.location))
        }
        return options
    }

    private func read(_ node: YAMLNode, _ what: String, extraKeys: [String], outsideScale: Bool) -> AnswerOption? {
        guard let mapping = node.mapping("an option of \(what)", log: log) else { return nil }
        mapping.rejectUnknownKeys(allowed: ["code", "label"] + extraKeys, in: "an option of \(what)", log: log)
        guard let codeNode = mapping.required("code", in: "an option", log: log),
            let code = codeNode.nonEmptyString("an option code", log: log)
        else { return nil }
        guard Identifiers.isCode(code) else {
            log.add(.invalidValue, at: codeNode.location, "the option code '\(code)' may only hold letters, digits, '-', '_' and '.', starting with a letter or digit")
            return nil
        }
        let label = mapping.required("label", in: "the option '\(code)'", log: log).flatMap { texts.read($0, "the label of option '\(code)'") }
        let exclusive = mapping["exclusive"].flatMap { $0.boolean("exclusive", log: log) } ?? false
        var need: Need?
        if let needNode = mapping["need"], let raw = needNode.scalar("need", log: log) {
            need = Need(rawValue: raw)
            if need == nil {
                let known = Need.allCases.map(\.rawValue)
                let hint = Spelling.closest(to: raw, among: known).map { "did you mean '\($0)'?" } ?? "expected one of: \(known.joined(separator: ", "))"
                log.add(.invalidValue, at: needNode.location, "unknown need '\(raw)'; \(hint)")
            }
        }
        return AnswerOption(code: code, label: label ?? LocalizedText([:]), isExclusive: exclusive, need: need, isOutsideScale: outsideScale)
    }
}
