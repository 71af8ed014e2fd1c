import HavenCore
import HavenSurvey

/// What the respondent chose on the review screen.
enum ReviewResult: Sendable, Equatable {
    case edit(questionID: String)
    case submit
    case back
}

/// Every answer before submitting: ↑↓ choose a line, Enter changes it; the last line submits.
struct ReviewScreen: Screen {
    struct Item: Sendable, Equatable {
        var questionID: String
        var question: String
        var answer: String?
        var isRequired: Bool
    }

    let moduleTitle: String
    let items: [Item]
    let strings: UIStrings
    /// The line under the cursor; `items.count` is "Submit my answers".
    private(set) var cursor: Int
    private(set) var message: String?

    /// The review of `session`, with the cursor on `questionID` (the answer just changed) or the first.
    init(session: AnsweringSession, strings: UIStrings, cursorOn questionID: String? = nil, message: String? = nil) {
        let language = session.language
        moduleTitle = session.module.title.text(in: language)
        items = session.review.map { item in
            Item(
                questionID: item.question.id, question: session.text(of: item.question),
                answer: item.answer.map { AnswerText.label(of: $0, for: item.question, language: language) },
                isRequired: !item.question.isOptional)
        }
        self.strings = strings
        cursor = items.firstIndex { $0.questionID == questionID } ?? 0
        self.message = message
    }

    func frame(width: Int) -> Frame {
        var body = StyledLine.wrapped(moduleTitle, width: width, style: .faint)
        body += StyledLine.wrapped(strings.reviewHeading, width: width, style: .emphasis)
        body += StyledLine.wrapped(strings.reviewInstruction, width: width, style: .faint)
        body.append(.blank)
        var focus = 0..<0
        for (index, item) in items.enumerated() {
            let isCursor = cursor == index
            let prefix = "\(isCursor ? ">" : " ") \(index + 1). "
            let indent = String(repeating: " ", count: prefix.count)
            let start = body.count
            body += StyledLine.wrapped(item.question, width: width, style: isCursor ? .selected : .plain, prefix: prefix, indent: indent)
            body += StyledLine.wrapped(
                item.answer ?? strings.noAnswer, width: width, style: isCursor ? .selected : .faint, prefix: indent + "→ ", indent: indent + "  ")
            if isCursor { focus = start..<body.count }
        }
        body.append(.blank)
        let onSubmit = cursor == items.count
        if onSubmit { focus = body.count..<body.count + 1 }
        body.append(StyledLine(text: "\(onSubmit ? ">" : " ") [ \(strings.submitItem) ]", style: onSubmit ? .selected : .emphasis))
        if let message {
            body.append(.blank)
            focus = body.count..<body.count + 1
            body += StyledLine.wrapped(message, width: width, style: .message)
        }
        let hints = [strings.keyMove, onSubmit ? strings.keyConfirm : strings.keyChange, strings.keyBack, strings.keyHelp, strings.keyQuickExit]
        return Frame(body: body, footer: KeyHints.footer(hints, width: width), anchor: .focus(focus))
    }

    mutating func handle(_ key: Key) -> ScreenAction<ReviewResult> {
        message = nil
        switch key {
        case .up: cursor = max(cursor - 1, 0)
        case .down, .tab: cursor = min(cursor + 1, items.count)
        case .home, .pageUp: cursor = 0
        case .end, .pageDown: cursor = items.count
        case .character("b"), .character("B"): return .done(.back)
        case .character("?"): return .help
        case .enter:
            guard cursor == items.count else { return .done(.edit(questionID: items[cursor].questionID)) }
            if let missing = items.firstIndex(where: { $0.isRequired && $0.answer == nil }) {
                cursor = missing
                message = strings.needsAnswer
                return .stay
            }
            return .done(.submit)
        default: break
        }
        return .stay
    }
}
