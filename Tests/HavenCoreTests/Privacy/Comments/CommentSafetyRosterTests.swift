@testable import HavenCore
import Testing

@Suite("comment safety: roster names")
struct CommentSafetyRosterTests {
    let redactor = PIIRedactor(roster: ["José Martínez", "Ana", "Eastside Clinic", "Maria", "Maria Lopez", "O'Brien (RN)", "Nuñez"])

    @Test("a roster name is removed whatever its case, accents or spacing", arguments: [
        ("Jose Martinez was great", "[removed] was great"),
        ("JOSÉ MARTÍNEZ was great", "[removed] was great"),
        ("josé   martínez was great", "[removed] was great"),
        ("Ask Ana about leave", "Ask [removed] about leave"),
        ("ask ANA about leave", "ask [removed] about leave"),
        ("María helped me", "[removed] helped me"),
        ("Nunez is kind", "[removed] is kind"),
        ("the eastside-clinic team", "the [removed] team"),
        ("the Eastside Clinic team", "the [removed] team"),
        ("la doctora Ana me ayudó mucho", "la doctora [removed] me ayudó mucho"),
        ("Ｍａｒｉａ was there", "[removed] was there"),
        ("Jo\u{200B}sé Martínez was great", "[removed] was great"),
    ])
    func matchesNames(_ comment: String, _ expected: String) {
        let redaction = redactor.redact(comment)
        #expect(redaction.text == expected)
        #expect(redaction.kinds == [.rosterName])
    }

    @Test("possessives and plurals go with the name", arguments: [
        ("Maria's office is too far", "[removed] office is too far"),
        ("Maria’s office is too far", "[removed] office is too far"),
        ("Marias office is too far", "[removed] office is too far"),
        ("Ana' desk", "[removed] desk"),
    ])
    func possessives(_ comment: String, _ expected: String) {
        #expect(redactor.redact(comment).text == expected)
    }

    @Test("a longer roster name wins over a shorter one it starts with")
    func longestName() {
        #expect(redactor.redact("Maria Lopez helped").text == "[removed] helped")
    }

    @Test("names with punctuation match with or without it")
    func punctuatedNames() {
        #expect(redactor.redact("OBrien RN said no").text == "[removed] said no")
        #expect(redactor.redact("O’Brien, RN said no").text == "[removed] said no")
    }

    @Test("only whole words match", arguments: [
        "banana bread in the break room", "the Anaheim office", "Mariana started Monday", "Anatomy class", "Havana",
    ])
    func noPartialWords(_ comment: String) {
        #expect(redactor.redact(comment).kinds.isEmpty)
    }

    @Test("entries with fewer than two letters are ignored, and an empty roster matches nothing")
    func tooShortEntries() {
        let oneLetter = PIIRedactor(roster: ["A", "", "  ", "-", "I"])
        #expect(oneLetter.redact("I think a break room would help").kinds.isEmpty)
        #expect(PIIRedactor().redact("Maria helped").kinds.isEmpty)
    }

    @Test("regular-expression characters in a roster name are taken literally")
    func literalEntries() {
        let redactor = PIIRedactor(roster: ["Unit 4 (A+B)", "[Front] Desk.*"])
        #expect(redactor.redact("Unit 4 A B is short staffed").kinds == [.rosterName])
        #expect(redactor.redact("Unit 4 AAB is short staffed").kinds.isEmpty)
        #expect(redactor.redact("front desk needs help").kinds == [.rosterName])
        #expect(redactor.redact("everything needs help").kinds.isEmpty)
    }
}
