import Testing

@testable import HavenTerminal

@Suite("decoding keys")
struct KeyDecoderTests {
    func decode(_ text: String) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.decode(Array(text.utf8)) + decoder.flush()
    }

    @Test("arrows in both the CSI and the SS3 form")
    func arrows() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}OA\u{1B}OB") == [.up, .down])
        #expect(decode("\u{1B}[1;5A") == [.up])
        #expect(decode("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[H\u{1B}[F") == [.pageUp, .pageDown, .delete, .home, .end])
    }

    @Test("a lone Escape waits for more bytes; Esc Esc is two Escapes")
    func escape() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.isWaiting)
        #expect(decoder.flush() == [.escape])
        #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(decode("\u{1B}b") == [.escape, .character("b")])
    }

    @Test("a sequence split across reads is put back together")
    func splitSequence() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B, UInt8(ascii: "[")]) == [])
        #expect(decoder.decode([UInt8(ascii: "B")]) == [.down])
        #expect(decoder.decode([0xC3]) == [])
        #expect(decoder.decode([0xB1]) == [.character("ñ")])
    }

    @Test("control keys, Enter, Backspace and Tab")
    func controls() {
        #expect(decode("\u{03}\u{18}\u{0B}\u{1A}") == [.control("c"), .control("x"), .control("k"), .control("z")])
        #expect(decode("\r\n\u{7F}\u{08}\t") == [.enter, .enter, .backspace, .backspace, .tab])
        #expect(decode("a ?") == [.character("a"), .character(" "), .character("?")])
    }
}
