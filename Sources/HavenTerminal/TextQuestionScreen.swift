import Foundation
import HavenCore
import HavenSurvey

/// A free-text question. Every printable key types, so `b` and `s` are letters here: ↑ goes
/// back, Enter on an empty box skips, and `?` opens help only while the box is empty.
struct TextQuestionScreen: Screen {
    let context: QuestionContext
    private(set) var editor: LineEditor
    private(set) var message: String?

    init(context: QuestionContext, message: String? = nil) {
        self.context = context
        var current = ""
        if case let .text(text) = context.current { current = text }
        editor = LineEditor(text: current, maxLength: context.question.maxLength)
        self.message = message
    }

    func frame(width: Int) -> Frame {
        let strings = context.strings
        var body = context.header(width: width)
        body += StyledLine.wrapped(strings.textInstruction, width: width, style: .faint)
        body.append(.blank)
        body += StyledLine.wrapped(editor.text + "_", width: width, style: .selected, prefix: "> ", indent: "  ")
        var focus = body.count - 1..<body.count
        body.append(StyledLine(text: "\(editor.text.count)/\(editor.maxLength)", style: .faint))
        if let message {
            body.append(.blank)
            focus = body.count..<body.count + 1
            body += StyledLine.wrapped(message, width: width, style: .message)
        }
        let done = context.question.isOptional ? strings.keyTextDone : strings.keyConfirm
        let hints = [done, strings.keyTextBack, strings.keyTextHelp, strings.keyQuickExit]
        return Frame(body: body, footer: KeyHints.footer(hints, width: width), anchor: .focus(focus))
    }

    mutating func handle(_ key: Key) -> ScreenAction<QuestionResult> {
        message = nil
        switch key {
        case .character("?") where editor.text.isEmpty:
            return .help
        case .up:
            return .done(.back)
        case .enter:
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return .done(.answer(.text(text))) }
            guard context.question.isOptional else {
                message = context.strings.needsAnswer
                return .stay
            }
            return .done(.skip)
        default:
            editor.handle(key)
            return .stay
        }
    }
}
