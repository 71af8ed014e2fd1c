@testable import HavenCore
import Testing

/// The redactor runs a pattern only on texts holding its clue (`PIIClue`); that may only save
/// time, never miss a hit.
@Suite("comment safety: patterns skipped for want of a character")
struct PIIClueTests {
    /// Every comment of the redaction tests, and digits of other scripts, which `\d` matches too.
    static let texts = (CommentSafetyRedactionTests.cases.map(\.comment) + CommentSafetyRedactionTests.ordinaryComments + [
        "llamar al ٥٥٥-٢٠١-٣٣٤٤ mañana",
        "फ़ोन ५५५ २०१ ३३४४ पर",
        "mail ana{at}example.org or <@> her",
    ]).map(CommentNormalizer.normalize)

    @Test("a pattern matches only texts that hold its clue, and every clue is met by some match")
    func cluesAreNecessary() {
        for (index, rule) in PIIPatterns.rules.enumerated() {
            guard let clue = rule.clue else { continue }
            var matched = 0
            for text in Self.texts where !rule.pattern.ranges(in: text).isEmpty {
                matched += 1
                #expect(PIIClue.found(in: text).contains(clue), "pattern \(index) matches \(text) without its clue \(clue)")
            }
            #expect(matched > 0, "pattern \(index): no text of the test matches it, so its clue goes unchecked")
        }
    }

    @Test("clues: digits of any script, @ and the opening brackets of a spelled-out @, slashes and dots")
    func cluesFound() {
        #expect(PIIClue.found(in: "no clue here, only words") == [])
        #expect(PIIClue.found(in: "٣") == [.digit])
        #expect(PIIClue.found(in: "a@b") == [.at, .atOrBracket])
        #expect(PIIClue.found(in: "(x)") == [.atOrBracket])
        #expect(PIIClue.found(in: "a/b.c") == [.slash, .dot])
    }
}
