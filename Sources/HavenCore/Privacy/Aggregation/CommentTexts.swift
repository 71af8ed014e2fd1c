/// One question's free-text answers in one quarter: each distinct text kept once, as bytes, and
/// each answer as its atom and the number of its text. Held as a `String` per answer in lists
/// per atom, a national file's 100,000 comments took 17 MB through every quarter's audit, the
/// largest part of the peak after the figures; their texts repeat, and a `String` costs its header
/// and allocation on top of its bytes even where they do not.
struct CommentTexts: Sendable {
    private var texts = ByteStringTable()
    /// Per answer, in the order counted: its atom, and its text's index in `texts`.
    private var atoms: [Int32] = []
    private var textIndices: [Int32] = []

    /// How many answers it holds.
    var count: Int { atoms.count }

    /// Adds the answer `text` of a respondent in `atom`.
    mutating func append(_ text: String, atom: Int) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0), atom: atom) }
    }

    /// Adds the answer whose UTF-8 is `text`, of a respondent in `atom`.
    mutating func append(_ text: UnsafeRawBufferPointer, atom: Int) {
        atoms.append(Int32(atom))
        textIndices.append(texts.insert(text).index)
    }

    /// The answers of the respondents in `chosen` atoms, in the order counted (lists are shuffled
    /// before anything is shown); repeats of a text share one `String`.
    func answers(in chosen: [Int]) -> [String] {
        var made = [String?](repeating: nil, count: texts.count)
        var answers: [String] = []
        forEachAnswer(in: chosen) { text in
            if made[text] == nil { made[text] = texts.string(at: text) }
            answers.append(made[text]!)
        }
        return answers
    }

    /// The distinct texts answered in `chosen` atoms, in the order first counted, each made as it
    /// is read: for reviewing them ahead one at a time, where a national quarter's texts made at
    /// once were 2 MB at its audit's peak.
    func distinctAnswers(in chosen: [Int]) -> LazyMapSequence<[Int], String> {
        var isListed = [Bool](repeating: false, count: texts.count)
        var listed: [Int] = []
        forEachAnswer(in: chosen) { text in
            if !isListed[text] {
                isListed[text] = true
                listed.append(text)
            }
        }
        let texts = texts
        return listed.lazy.map(texts.string(at:))
    }

    /// Hands `body` the text index of each answer of the respondents in `chosen` atoms, in the order counted.
    private func forEachAnswer(in chosen: [Int], _ body: (Int) -> Void) {
        guard let largest = chosen.max() else { return }
        var isChosen = [Bool](repeating: false, count: largest + 1)
        for atom in chosen { isChosen[atom] = true }
        for (atom, text) in zip(atoms, textIndices) where Int(atom) <= largest && isChosen[Int(atom)] {
            body(Int(text))
        }
    }

    /// Hands `body` the UTF-8 of every answer, in the order of their texts as `String`s (texts
    /// equal as `String`s but not in bytes in the order of their bytes), each text as often as
    /// it was given: for the quarter's fingerprint.
    func forEachInTextOrder(_ body: (UnsafeRawBufferPointer) -> Void) {
        var repeats = [Int](repeating: 0, count: texts.count)
        for index in textIndices { repeats[Int(index)] += 1 }
        let strings = (0..<texts.count).map(texts.string(at:))
        let order = strings.indices.sorted { first, second in
            strings[first] == strings[second]
                ? strings[first].utf8.lexicographicallyPrecedes(strings[second].utf8) : strings[first] < strings[second]
        }
        for index in order {
            for _ in 0..<repeats[index] { texts.withBytes(at: index, body) }
        }
    }

    /// Gives back the room growing left in its lists, for texts kept through every quarter's audit.
    mutating func fit() {
        texts.fit()
        atoms = atoms.fitted()
        textIndices = textIndices.fitted()
    }
}
