/// The stored form of a response's answers: a compact, self-describing byte string.
///
/// Written by hand rather than as JSON because imports of a national network's million responses
/// encode thirty answers each, and JSON encoding dominated that time. Layout, repeated per answer
/// in question-id order: id length (varint), id (UTF-8), kind byte (`c` choice, `m` choices,
/// `t` text), value length (varint), value (UTF-8; choices joined by `;`).
enum AnswerEncoding {
    static func encode(_ answers: [String: AnswerValue]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(answers.count * 12)
        for id in answers.keys.sorted() {
            guard let value = answers[id] else { continue }
            append(Array(id.utf8), to: &bytes)
            switch value {
            case let .choice(code):
                bytes.append(UInt8(ascii: "c"))
                append(Array(code.utf8), to: &bytes)
            case let .choices(codes):
                bytes.append(UInt8(ascii: "m"))
                append(Array(codes.joined(separator: String(AnswerValue.codeSeparator)).utf8), to: &bytes)
            case let .text(text):
                bytes.append(UInt8(ascii: "t"))
                append(Array(text.utf8), to: &bytes)
            }
        }
        return bytes
    }

    /// The answers, or nil when the bytes are not in this format (a damaged store).
    static func decode(_ bytes: some Collection<UInt8>) -> [String: AnswerValue]? {
        var answers: [String: AnswerValue] = [:]
        var cursor = bytes.startIndex
        func varint() -> Int? {
            var value = 0
            var shift = 0
            while cursor != bytes.endIndex, shift < 63 {
                let byte = bytes[cursor]
                cursor = bytes.index(after: cursor)
                value |= Int(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        func string() -> String? {
            guard let length = varint(), bytes.distance(from: cursor, to: bytes.endIndex) >= length else { return nil }
            let end = bytes.index(cursor, offsetBy: length)
            defer { cursor = end }
            return String(validating: bytes[cursor..<end], as: UTF8.self)
        }
        while cursor != bytes.endIndex {
            guard let id = string(), cursor != bytes.endIndex else { return nil }
            let kind = bytes[cursor]
            cursor = bytes.index(after: cursor)
            guard let value = string() else { return nil }
            switch kind {
            case UInt8(ascii: "c"): answers[id] = .choice(value)
            case UInt8(ascii: "m"): answers[id] = .choices(value.split(separator: AnswerValue.codeSeparator).map(String.init))
            case UInt8(ascii: "t"): answers[id] = .text(value)
            default: return nil
            }
        }
        return answers
    }

    /// `text` as this format writes a string: its length, then its UTF-8.
    static func encodedString(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        append(Array(text.utf8), to: &bytes)
        return bytes
    }

    /// Appends a string's length as a varint.
    static func appendLength(_ count: Int, to bytes: inout [UInt8]) {
        var length = count
        while length >= 0x80 {
            bytes.append(UInt8(length & 0x7F) | 0x80)
            length >>= 7
        }
        bytes.append(UInt8(length))
    }

    private static func append(_ value: [UInt8], to bytes: inout [UInt8]) {
        appendLength(value.count, to: &bytes)
        bytes += value
    }
}
