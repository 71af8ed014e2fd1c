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
    /// Per question: the index in `pieceStart` of its first option.
    private let firstOption: [Int]
    /// Per option of every question: where the whole stored answer choosing it (id's length,
    /// id, kind byte, code's length, code) sits in `arena`, so a choice is a single copy.
    private let pieceStart: [Int]
    private let pieceEnd: [Int]
    private let arena: [UInt8]
    /// Per question: its option codes, for multi-choice answers.
    private let codes: [[String]]

    init(questions: [Question]) {
        order = questions.indices.sorted { questions[$0].id < questions[$1].id }
        var arena: [UInt8] = []
        var prefixStart: [Int] = [], prefixEnd: [Int] = [], firstOption: [Int] = []
        var pieceStart: [Int] = [], pieceEnd: [Int] = []
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
            let prefix = AnswerEncoding.encodedString(question.id) + [kindByte]
            prefixStart.append(arena.count)
            arena += prefix
            prefixEnd.append(arena.count)
            firstOption.append(pieceStart.count)
            for option in question.options {
                pieceStart.append(arena.count)
                arena += prefix + AnswerEncoding.encodedString(option.code)
                pieceEnd.append(arena.count)
            }
        }
        self.kinds = kinds
        self.prefixStart = prefixStart
        self.prefixEnd = prefixEnd
        self.firstOption = firstOption
        self.pieceStart = pieceStart
        self.pieceEnd = pieceEnd
        self.arena = arena
        codes = questions.map { $0.options.map(\.code) }
    }

    /// Appends to `bytes` the stored form of a row read back from its packed form; `open` holds
    /// the values of the module's open dimension.
    func write(_ row: UnpackedRow, open: OpenValueTable, into bytes: inout [UInt8]) {
        arena.withUnsafeBufferPointer { arena in
            for question in order {
                let cell = Int(row.cells[question])
                guard cell >= 0 else { continue }
                if kinds[question] == .option {
                    let option = firstOption[question] + cell
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: arena[pieceStart[option]..<pieceEnd[option]]))
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: arena[prefixStart[question]..<prefixEnd[question]]))
                switch kinds[question] {
                case .option:
                    break
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
