import HavenCore
import HavenSurvey

/// The options of a choice question on the full screen: where the cursor is and what is chosen.
///
/// An unanswered single-choice question starts with no option under the cursor, so an extra
/// Enter never records an answer nobody chose.
struct ChoiceList: Sendable, Equatable {
    /// Why a choice was refused.
    enum Refusal: Sendable, Equatable {
        case tooMany(Int)
    }

    let options: [AnswerOption]
    let allowsMany: Bool
    let maxChoices: Int?
    /// The highlighted option.
    private(set) var cursor: Int?
    /// The ticked options of a multi-choice (a single choice is where the cursor is).
    private(set) var chosen: Set<Int>

    /// The options of `question`, with `current` chosen and under the cursor.
    init(question: Question, current: AnswerValue?) {
        options = question.options
        allowsMany = question.type == .multi
        maxChoices = question.maxChoices
        let indices = question.options.indices.filter { current?.contains(question.options[$0].code) == true }
        chosen = allowsMany ? Set(indices) : []
        cursor = indices.first
    }

    mutating func moveDown() {
        guard !options.isEmpty else { return }
        cursor = cursor.map { min($0 + 1, options.count - 1) } ?? 0
    }

    mutating func moveUp() {
        guard !options.isEmpty else { return }
        cursor = cursor.map { max($0 - 1, 0) } ?? options.count - 1
    }

    mutating func moveTo(_ index: Int) {
        guard options.indices.contains(index) else { return }
        cursor = index
    }

    /// Ticks or unticks `index` of a multi-choice question. An exclusive option ("None") clears
    /// the others, and any other clears an exclusive one.
    mutating func toggle(_ index: Int) -> Refusal? {
        guard allowsMany, options.indices.contains(index) else { return nil }
        cursor = index
        if chosen.contains(index) {
            chosen.remove(index)
            return nil
        }
        if options[index].isExclusive {
            chosen = [index]
            return nil
        }
        chosen = chosen.filter { !options[$0].isExclusive }
        if let maxChoices, chosen.count >= maxChoices {
            return .tooMany(maxChoices)
        }
        chosen.insert(index)
        return nil
    }

    /// The answer the list shows: the option under the cursor, or the ticked options in order;
    /// nil when there is none.
    var answer: AnswerValue? {
        if allowsMany {
            let codes = options.indices.filter(chosen.contains).map { options[$0].code }
            return codes.isEmpty ? nil : .choices(codes)
        }
        return cursor.map { .choice(options[$0].code) }
    }
}
