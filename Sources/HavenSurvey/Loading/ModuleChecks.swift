/// The checks that look across a module's questions: ids, skip logic, pairs, session wording, nesting.
struct ModuleChecks {
    let drafts: [QuestionDraft]
    let log: DiagnosticLog

    func run(nested: [[(String, SourceLocation)]]) {
        var index: [String: Int] = [:]
        var dimensions: [String: SourceLocation] = [:]
        for (position, draft) in drafts.enumerated() {
            let question = draft.question
            if let first = index[question.id] {
                log.add(.duplicateID, at: draft.idLocation, "the question id '\(question.id)' is used twice (first at line \(drafts[first].idLocation.line))")
            } else {
                index[question.id] = position
            }
            if let name = question.dimension {
                if let first = dimensions[name] {
                    log.add(.duplicateID, at: draft.location, "the dimension '\(name)' is asked twice (first at line \(first.line))")
                } else {
                    dimensions[name] = draft.location
                }
            }
        }
        for (position, draft) in drafts.enumerated() {
            checkShowIf(draft, position: position, index: index)
            checkBefore(draft, position: position, index: index)
            checkSessionText(draft, session: drafts.first { $0.question.dimension == Dimension.session }?.question)
        }
        for pair in nested {
            for (name, location) in pair where dimensions[name] == nil {
                let hint = Spelling.closest(to: name, among: dimensions.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                log.add(.unknownReference, at: location, "the nested pair names '\(name)', which is not a dimension of this module\(hint)")
            }
        }
    }

    private func referenced(_ name: String, from position: Int, at location: SourceLocation, index: [String: Int], role: String) -> QuestionDraft? {
        guard let target = index[name] else {
            let hint = Spelling.closest(to: name, among: drafts.map(\.question.id)).map { "; did you mean '\($0)'?" } ?? ""
            log.add(.unknownReference, at: location, "\(role) names the question '\(name)', which this module does not have\(hint)")
            return nil
        }
        guard target < position else {
            log.add(.invalidValue, at: location, "\(role) must name an earlier question, and '\(name)' comes later")
            return nil
        }
        return drafts[target]
    }

    private func checkShowIf(_ draft: QuestionDraft, position: Int, index: [String: Int]) {
        guard let condition = draft.question.showIf, let location = draft.showIfQuestionLocation,
            let target = referenced(condition.question, from: position, at: location, index: index, role: "show_if")
        else { return }
        guard target.question.type != .text, !target.question.acceptsAnyValue else {
            log.add(.invalidValue, at: location, "show_if can only depend on a question with options, and '\(condition.question)' has none")
            return
        }
        for (code, codeLocation) in zip(condition.codes, draft.showIfCodeLocations) where target.question.option(code: code) == nil {
            let hint = Spelling.closest(to: code, among: target.question.options.map(\.code)).map { "; did you mean '\($0)'?" } ?? ""
            log.add(.unknownReference, at: codeLocation, "show_if: '\(code)' is not an option of question '\(condition.question)'\(hint)")
        }
    }

    private func checkBefore(_ draft: QuestionDraft, position: Int, index: [String: Int]) {
        guard let before = draft.question.before, let location = draft.beforeLocation,
            let target = referenced(before, from: position, at: location, index: index, role: "before")
        else { return }
        if target.question.scale?.name != draft.question.scale?.name {
            log.add(.invalidValue, at: location, "before: '\(before)' must use the same scale as '\(draft.question.id)' so the two can be compared")
        }
    }

    private func checkSessionText(_ draft: QuestionDraft, session: Question?) {
        guard let location = draft.sessionTextLocation else { return }
        guard let session else {
            log.add(.unknownReference, at: location, "session_text needs a 'session' dimension question in the module")
            return
        }
        let codes = session.options.map(\.code)
        for (code, keyLocation) in draft.sessionTextLocations where !codes.contains(code) {
            log.add(.unknownReference, at: keyLocation, "session_text: '\(code)' is not a session (sessions: \(codes.joined(separator: ", ")))")
        }
        for code in codes where draft.sessionTextLocations[code] == nil {
            log.add(.missingKey, at: location, "session_text of question '\(draft.question.id)' has no text for session '\(code)'")
        }
    }
}
