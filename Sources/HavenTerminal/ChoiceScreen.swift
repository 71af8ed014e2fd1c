import HavenCore
import HavenSurvey

/// What the respondent did on a question screen.
enum QuestionResult: Sendable, Equatable {
    case answer(AnswerValue)
    case skip
    case back
}

/// A single, scale, dimension or multi-choice question: ↑↓ or a number picks, Space (or a
/// number) ticks in a multi-choice, Enter confirms.
struct ChoiceScreen: Screen {
    let context: QuestionContext
    private(set) var list: ChoiceList
    private(set) var message: String?

    init(context: QuestionContext, message: String? = nil) {
        self.context = context
        list = ChoiceList(question: context.question, current: context.current)
        self.message = message
    }

    func frame(width: Int) -> Frame {
        var body = context.header(width: width)
        var focus = body.count..<body.count
        for (index, option) in list.options.enumerated() {
            let isCursor = list.cursor == index
            // A single choice is what the cursor is on: Enter confirms exactly what is marked.
            let mark: String
            if list.allowsMany {
                mark = list.chosen.contains(index) ? "[x]" : "[ ]"
            } else {
                mark = isCursor ? "(•)" : "( )"
            }
            let prefix = "\(isCursor ? ">" : " ") \(mark) \(index + 1). "
            let lines = StyledLine.wrapped(
                option.label.text(in: context.strings.language), width: width, style: isCursor ? .selected : .plain,
                prefix: prefix, indent: String(repeating: " ", count: prefix.count))
            if isCursor { focus = body.count..<body.count + lines.count }
            body += lines
        }
        if let message {
            body.append(.blank)
            focus = body.count..<body.count + 1
            body += StyledLine.wrapped(message, width: width, style: .message)
        }
        let strings = context.strings
        let leading = list.allowsMany ? [strings.keyMove, strings.keyToggle, strings.keyConfirm] : [strings.keyChoose, strings.keyConfirm]
        return Frame(body: body, footer: KeyHints.footer(context.hints(leading), width: width), anchor: .focus(focus))
    }

    mutating func handle(_ key: Key) -> ScreenAction<QuestionResult> {
        message = nil
        switch key {
        case .up: list.moveUp()
        case .down, .tab: list.moveDown()
        case .home: list.moveTo(0)
        case .end: list.moveTo(list.options.count - 1)
        case let .character(character):
            if let digit = character.wholeNumberValue, (1...9).contains(digit) {
                choose(digit - 1)
            } else if character == " " {
                if let cursor = list.cursor { choose(cursor) }
            } else {
                return command(character)
            }
        case .enter:
            return confirm()
        default:
            break
        }
        return .stay
    }

    private mutating func choose(_ index: Int) {
        guard list.allowsMany else {
            list.moveTo(index)
            return
        }
        if case let .tooMany(count) = list.toggle(index) {
            message = context.strings.chooseAtMost(count)
        }
    }

    private mutating func command(_ character: Character) -> ScreenAction<QuestionResult> {
        switch character {
        case "b", "B": return .done(.back)
        case "s", "S": return skip()
        case "?": return .help
        default: return .stay
        }
    }

    private mutating func confirm() -> ScreenAction<QuestionResult> {
        if let answer = list.answer { return .done(.answer(answer)) }
        if list.allowsMany { return skip() }
        message = context.strings.chooseFirst
        return .stay
    }

    private mutating func skip() -> ScreenAction<QuestionResult> {
        guard context.question.isOptional else {
            message = context.strings.needsAnswer
            return .stay
        }
        return .done(.skip)
    }
}
