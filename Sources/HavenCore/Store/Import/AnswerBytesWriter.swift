import HavenSurvey

/// Writes a row's answers in `AnswerEncoding`'s stored form, byte for byte what
/// `AnswerEncoding.encode` gives for the same answers, from pieces prepared once per module.
///
/// The pieces sit in one flat byte arena, located by plain integer ranges, so writing a row
/// copies bytes and touches no reference-counted value.
struct AnswerBytesWriter: Sendable {
    private enum Kind: Sendable {
        case option, open, multi, text
    }

    /// Question indices in the order the format lists answers: by question id.
    private let order: [Int]
    private let kinds: [Kind]
    /// Per question: where its id's length, id and kind byte sit in `arena`.
    private let prefixStart: [Int]
    private let prefixEnd: [Int]
    /// Per question: the index in `valueStart` of its first option.
    private let firstOption: [Int]
    /// Per option of every question: where its code's length and code sit in `arena`.
    private let valueStart: [Int]
    private let valueEnd: [Int]
    private let arena: [UInt8]
    /// Per question: its option codes, for multi-choice answers.
    private let codes: [[String]]

    init(questions: [Question]) {
        order = questions.indices.sorted { questions[$0].id < questions[$1].id }
        var arena: [UInt8] = []
        var prefixStart: [Int] = [], prefixEnd: [Int] = [], firstOption: [Int] = []
        var valueStart: [Int] = [], valueEnd: [Int] = []
        var kinds: [Kind] = []
        for question in questions {
            let kind: Kind
            let kindByte: UInt8
            switch question.type {
            case .text: (kind, kindByte) = (.text, UInt8(ascii: "t"))
            case .multi: (kind, kindByte) = (.multi, UInt8(ascii: "m"))
            case .single, .scale, .dimension: (kind, kindByte) = (question.acceptsAnyValue ? .open : .option, UInt8(ascii: "c"))
            }
            kinds.append(kind)
            prefixStart.append(arena.count)
            arena += AnswerEncoding.encodedString(question.id) + [kindByte]
            prefixEnd.append(arena.count)
            firstOption.append(valueStart.count)
            for option in question.options {
                valueStart.append(arena.count)
                arena += AnswerEncoding.encodedString(option.code)
                valueEnd.append(arena.count)
            }
        }
        self.kinds = kinds
        self.prefixStart = prefixStart
        self.prefixEnd = prefixEnd
        self.firstOption = firstOption
        self.valueStart = valueStart
        self.valueEnd = valueEnd
        self.arena = arena
        codes = questions.map { $0.options.map(\.code) }
    }

    /// Replaces `bytes` with the stored form of a row read back from its packed form; `open`
    /// holds the values of the module's open dimension.
    func write(_ row: UnpackedRow, open: OpenValueTable, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        arena.withUnsafeBufferPointer { arena in
            for question in order {
                let cell = Int(row.cells[question])
                guard cell >= 0 else { continue }
                bytes.append(contentsOf: arena[prefixStart[question]..<prefixEnd[question]])
                switch kinds[question] {
                case .option:
                    let option = firstOption[question] + cell
                    bytes.append(contentsOf: arena[valueStart[option]..<valueEnd[option]])
                case .open:
                    bytes.append(contentsOf: open.encoded[cell])
                case .multi:
                    let joined = row.chosen[question].map { codes[question][Int($0)] }.joined(separator: String(AnswerValue.codeSeparator))
                    AnswerEncoding.appendLength(joined.utf8.count, to: &bytes)
                    bytes.append(contentsOf: joined.utf8)
                case .text:
                    let text = row.texts[question] ?? ""
                    AnswerEncoding.appendLength(text.utf8.count, to: &bytes)
                    bytes.append(contentsOf: text.utf8)
                }
            }
        }
    }
}
