import HavenSurvey

/// Where each reported question's counts sit in an atom's row of counts.
///
/// Single, scale and dimension questions: one category per option, then "not answered".
/// Multi-choice questions: one "chosen" count per option, then "answered", then "not answered".
/// Free text: "answered", then "not answered".
struct CountLayout: Sendable {
    struct Entry: Sendable {
        let question: Question
        let offset: Int

        var optionCount: Int { question.type == .text ? 0 : question.options.count }
        /// The "answered" count of a multi-choice or text question.
        var answeredSlot: Int { offset + optionCount }
        /// The "not answered" count.
        var skippedSlot: Int { question.type == .multi || question.type == .text ? offset + optionCount + 1 : offset + optionCount }
        var width: Int { skippedSlot - offset + 1 }
    }

    let entries: [Entry]
    let width: Int
    private let positions: [String: Int]

    init(questions: [Question]) {
        var entries: [Entry] = []
        var offset = 0
        for question in questions {
            let entry = Entry(question: question, offset: offset)
            entries.append(entry)
            offset += entry.width
        }
        self.entries = entries
        width = offset
        positions = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.question.id, $0) })
    }

    func entry(_ questionID: String) -> Entry? {
        positions[questionID].map { entries[$0] }
    }
}
