import HavenSurvey

/// A decoded row in a compact form for the import's temporary files: a byte or two per answered
/// choice where the stored form spends seven or more (the question id is in every answer), so a
/// million rows take about 60 MB of temporary space instead of 270.
///
/// Per question, in module order: a choice is its option index + 1 (one byte, two when a
/// question has 255 options or more; 0 = not answered); an open value its index + 1 (four
/// bytes); a multi-choice answer the number of choices (two bytes) and each option index (two
/// bytes each); free text its UTF-8 length + 1 (four bytes) and the text.
struct RowPacking: Sendable {
    private enum Kind: Sendable {
        case narrow, wide, open, multi, text
    }

    private let kinds: [Kind]

    init(questions: [Question]) {
        kinds = questions.map { question in
            switch question.type {
            case .text: .text
            case .multi: .multi
            case .single, .scale, .dimension: question.acceptsAnyValue ? .open : question.options.count < 255 ? .narrow : .wide
            }
        }
    }

    /// Appends the row `decoder` has just decoded.
    func pack(_ decoder: WideRowDecoder, into bytes: inout [UInt8]) {
        let cells = decoder.cells
        for (question, kind) in kinds.enumerated() {
            let cell = Int(cells[question])
            switch kind {
            case .narrow:
                bytes.append(UInt8(truncatingIfNeeded: cell + 1))
            case .wide:
                append(UInt16(truncatingIfNeeded: cell + 1), to: &bytes)
            case .open:
                append(UInt32(truncatingIfNeeded: cell + 1), to: &bytes)
            case .multi:
                let chosen = cell >= 0 ? decoder.chosen[question] : []
                append(UInt16(chosen.count), to: &bytes)
                for option in chosen {
                    append(UInt16(option), to: &bytes)
                }
            case .text:
                guard cell >= 0, let text = decoder.texts[question] else {
                    append(UInt32(0), to: &bytes)
                    continue
                }
                append(UInt32(text.utf8.count + 1), to: &bytes)
                bytes.append(contentsOf: text.utf8)
            }
        }
    }

    /// Reads a packed row back into `row`, reusing its storage.
    func unpack(_ bytes: UnsafeRawBufferPointer, into row: inout UnpackedRow) {
        var offset = 0
        func read<T: FixedWidthInteger>(_: T.Type) -> Int {
            defer { offset += MemoryLayout<T>.size }
            return Int(T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self)))
        }
        for (question, kind) in kinds.enumerated() {
            switch kind {
            case .narrow: row.cells[question] = Int32(read(UInt8.self)) - 1
            case .wide: row.cells[question] = Int32(read(UInt16.self)) - 1
            case .open: row.cells[question] = Int32(read(UInt32.self)) - 1
            case .multi:
                let count = read(UInt16.self)
                row.chosen[question].removeAll(keepingCapacity: true)
                for _ in 0..<count {
                    row.chosen[question].append(Int32(read(UInt16.self)))
                }
                row.cells[question] = count > 0 ? 0 : -1
            case .text:
                let length = read(UInt32.self)
                if length == 0 {
                    row.cells[question] = -1
                    row.texts[question] = nil
                } else {
                    row.texts[question] = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length - 1)]), as: UTF8.self)
                    row.cells[question] = 0
                    offset += length - 1
                }
            }
        }
    }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// A row's answers read back from its packed form, laid out as `WideRowDecoder` leaves them.
struct UnpackedRow {
    var cells: [Int32]
    var chosen: [[Int32]]
    var texts: [String?]

    init(questionCount: Int) {
        cells = Array(repeating: -1, count: questionCount)
        chosen = Array(repeating: [], count: questionCount)
        texts = Array(repeating: nil, count: questionCount)
    }
}
