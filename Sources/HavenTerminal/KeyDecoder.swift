/// Turns the bytes a terminal sends in raw mode into key presses.
///
/// A lone Escape and the start of an escape sequence (`ESC [ A` for ↑) begin with the same byte,
/// so an Escape at the end of the bytes read so far stays pending until more bytes arrive or the
/// caller decides, after a short wait, that it was a key of its own (`flush()`).
struct KeyDecoder {
    private var pending: [UInt8] = []

    /// Whether bytes are held back waiting for the rest of a sequence.
    var isWaiting: Bool { !pending.isEmpty }

    /// Decodes `bytes` after whatever was pending; an incomplete sequence at the end stays pending.
    mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        return drain(final: false)
    }

    /// Gives up waiting: a pending Escape is a key of its own, and what followed it is read as typed.
    mutating func flush() -> [Key] {
        drain(final: true)
    }

    private mutating func drain(final: Bool) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            switch parse(at: index, final: final) {
            case let .key(key, length):
                if let key { keys.append(key) }
                index += length
            case .incomplete:
                pending.removeFirst(index)
                return keys
            }
        }
        pending.removeAll()
        return keys
    }

    private enum Parsed {
        /// A key (nil for bytes that mean nothing here) and how many bytes it took.
        case key(Key?, length: Int)
        case incomplete
    }

    private func parse(at index: Int, final: Bool) -> Parsed {
        let byte = pending[index]
        switch byte {
        case 0x1B:
            return parseEscape(at: index, final: final)
        case 0x0D, 0x0A:
            return .key(.enter, length: 1)
        case 0x09:
            return .key(.tab, length: 1)
        case 0x7F, 0x08:
            return .key(.backspace, length: 1)
        case 0x01...0x1A:
            return .key(.control(Character(Unicode.Scalar(byte + 0x60))), length: 1)
        case 0x00, 0x1C...0x1F:
            return .key(nil, length: 1)
        case 0x20...0x7E:
            return .key(.character(Character(Unicode.Scalar(byte))), length: 1)
        default:
            return parseUTF8(at: index, final: final)
        }
    }

    private func parseEscape(at index: Int, final: Bool) -> Parsed {
        guard index + 1 < pending.count else {
            return final ? .key(.escape, length: 1) : .incomplete
        }
        switch pending[index + 1] {
        case UInt8(ascii: "["):
            return parseControlSequence(at: index, final: final)
        case UInt8(ascii: "O"):
            guard index + 2 < pending.count else {
                return final ? .key(.escape, length: 1) : .incomplete
            }
            return .key(Self.key(final: pending[index + 2], parameter: nil), length: 3)
        default:
            // Esc Esc, or Esc then a key (Alt+key): the Escape stands alone and the rest follows.
            return .key(.escape, length: 1)
        }
    }

    /// `ESC [ parameters intermediates final`, as ECMA-48 defines a control sequence.
    private func parseControlSequence(at index: Int, final: Bool) -> Parsed {
        var end = index + 2
        var parameter = ""
        while end < pending.count, (0x20...0x3F).contains(pending[end]) {
            parameter.append(Character(Unicode.Scalar(pending[end])))
            end += 1
        }
        guard end < pending.count else {
            return final ? .key(.escape, length: 1) : .incomplete
        }
        guard (0x40...0x7E).contains(pending[end]) else {
            // Not a well-formed sequence: keep the Escape and read the rest as typed.
            return .key(.escape, length: 1)
        }
        let number = Int(parameter.split(separator: ";").first ?? "")
        return .key(Self.key(final: pending[end], parameter: number), length: end - index + 1)
    }

    private static func key(final: UInt8, parameter: Int?) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "~"):
            switch parameter {
            case 1, 7: .home
            case 4, 8: .end
            case 3: .delete
            case 5: .pageUp
            case 6: .pageDown
            default: nil
            }
        default: nil
        }
    }

    private func parseUTF8(at index: Int, final: Bool) -> Parsed {
        let lead = pending[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .key(nil, length: 1)
        }
        guard index + length <= pending.count else {
            return final ? .key(nil, length: pending.count - index) : .incomplete
        }
        let scalars = String(decoding: pending[index..<index + length], as: UTF8.self)
        guard let character = scalars.first, !scalars.contains("\u{FFFD}") else {
            return .key(nil, length: 1)
        }
        return .key(.character(character), length: length)
    }
}
