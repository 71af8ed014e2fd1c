/// Checks multi-byte UTF-8 sequences one byte at a time, keeping its state between read chunks
/// so that a character split across two chunks is still judged as a whole.
///
/// Checking the raw byte stream is equivalent to checking every field: the CSV structure
/// (comma, quote, CR, LF) is ASCII and never part of a multi-byte sequence. It also gives the
/// exact offset of the offending byte, which per-field checks could not.
struct UTF8Validator {
    /// Continuation bytes still expected for the current sequence.
    private(set) var pendingCount = 0
    /// The file offset of the sequence's first byte, the position reported if it turns out bad.
    private(set) var leadOffset = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    /// Whether a sequence has started and not yet been completed.
    var isInsideSequence: Bool { pendingCount > 0 }

    /// Starts a sequence at a byte ≥ 0x80; false if that byte cannot start one. The ranges
    /// for the second byte rule out overlong forms, surrogates and code points above U+10FFFF.
    mutating func begin(_ lead: UInt8, at offset: Int) -> Bool {
        switch lead {
        case 0xC2...0xDF:
            expect(1, secondIn: 0x80...0xBF)
        case 0xE0:
            expect(2, secondIn: 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF:
            expect(2, secondIn: 0x80...0xBF)
        case 0xED:
            expect(2, secondIn: 0x80...0x9F)
        case 0xF0:
            expect(3, secondIn: 0x90...0xBF)
        case 0xF1...0xF3:
            expect(3, secondIn: 0x80...0xBF)
        case 0xF4:
            expect(3, secondIn: 0x80...0x8F)
        default:
            return false
        }
        leadOffset = offset
        return true
    }

    /// Accepts the next byte of the current sequence; false if it does not continue it.
    mutating func accept(_ byte: UInt8) -> Bool {
        guard byte >= lower, byte <= upper else {
            return false
        }
        lower = 0x80
        upper = 0xBF
        pendingCount -= 1
        return true
    }

    private mutating func expect(_ count: Int, secondIn range: ClosedRange<UInt8>) {
        pendingCount = count
        lower = range.lowerBound
        upper = range.upperBound
    }
}
