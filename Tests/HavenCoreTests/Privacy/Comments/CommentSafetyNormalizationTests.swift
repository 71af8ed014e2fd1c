@testable import HavenCore
import Testing

@Suite("comment safety: normalisation")
struct CommentSafetyNormalizationTests {
    @Test("invisible characters are removed", arguments: [
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0xFE0F, 0xE0041, 0x034F, 0x3164, 0x0000, 0x0007,
    ])
    func removesInvisibles(_ code: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(code))
        #expect(CommentNormalizer.normalize("he\(Character(scalar))lp") == "help")
    }

    @Test("compatibility forms become plain text")
    func compatibility() {
        #expect(CommentNormalizer.normalize("ｈｅｌｐ １２３ ＠ ﬁle ①") == "help 123 @ file 1")
        #expect(CommentNormalizer.normalize("a\u{00A0}b\u{2003}c") == "a b c")
    }

    @Test("a letter and an accent split by an invisible character compose again")
    func composesAfterRemoval() {
        #expect(CommentNormalizer.normalize("Jose\u{200B}\u{0301}") == "José")
    }

    @Test("line endings become \\n, spacing collapses, blank lines collapse, ends are trimmed")
    func lines() {
        #expect(CommentNormalizer.normalize("one\r\ntwo\rthree\u{2028}four\u{0085}five") == "one\ntwo\nthree\nfour\nfive")
        #expect(CommentNormalizer.normalize("  Two  spaces.\tTab.  \n\n\n\nNext  ") == "Two spaces. Tab.\n\nNext")
        #expect(CommentNormalizer.normalize(" \n\u{200B}\t ") == "")
    }

    @Test("plain ASCII folds as character-by-character folding does, and text beyond it still loses accents")
    func asciiFoldsAsEveryCharacterDoes() {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }.joined() + "Mr. O'NEIL\r\nSaid: NO!"
        #expect(FoldedText.fold(ascii) == FoldedText(ascii).text)
        #expect(FoldedText.fold(ascii) == ascii.lowercased())
        #expect(FoldedText.fold("José SAID I’m Nuñez") == "jose said i'm nunez")
    }

    /// Printable ASCII on one line takes a short way (spaces collapsed); it must end where the
    /// step-by-step way does, and everything else must still take that way.
    @Test("printable ASCII on one line normalises as the step-by-step way does")
    func printableASCIIShortWay() {
        var random = SeededGenerator(seed: 7)
        let printable = Array(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZabcxyz[\\]^_`{|}~")
        let alphabet = printable + ["\t", "\r", "\n", "\u{7F}", "\u{01}", "é", "\u{200B}"]
        for length in 0..<40 {
            for _ in 0..<40 {
                let printableOnly = random.chance(0.7)
                let text = String((0..<length).map { _ in
                    (printableOnly ? printable : alphabet).randomElement(using: &random)!
                })
                #expect(CommentNormalizer.normalize(text) == CommentNormalizer.normalizeThoroughly(text), "\(text.debugDescription)")
            }
        }
        #expect(CommentNormalizer.normalize("  two  spaces  ") == "two spaces")
        #expect(CommentNormalizer.normalize("tab\there") == "tab here")
    }

    @Test("normalising twice changes nothing")
    func idempotent() {
        let text = " Ｃａｌｌ\u{200B} me\r\n\r\n\r\nat 555 "
        let once = CommentNormalizer.normalize(text)
        #expect(CommentNormalizer.normalize(once) == once)
    }
}
