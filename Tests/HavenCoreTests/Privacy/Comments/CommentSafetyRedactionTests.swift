@testable import HavenCore
import Testing

/// One piece of personal information inside a comment, and the kind it must be reported as.
struct PIICase: CustomTestStringConvertible, Sendable {
    let comment: String
    /// The text that must be gone after redaction (as it reads after normalisation).
    let secret: String
    let kind: PIIKind

    init(_ comment: String, _ secret: String, _ kind: PIIKind) {
        self.comment = comment
        self.secret = secret
        self.kind = kind
    }

    var testDescription: String { comment }
}

@Suite("comment safety: redacting personal information")
struct CommentSafetyRedactionTests {
    static let cases: [PIICase] = [
        // E-mail, plain and written out, in English and Spanish sentences.
        PIICase("Write to maria.lopez@example.org for details", "maria.lopez@example.org", .email),
        PIICase("Escríbeme a juan_perez@correo.mx por favor", "juan_perez@correo.mx", .email),
        PIICase("email me: maria at example dot org", "maria at example dot org", .email),
        PIICase("reach me at name [at] example.org anytime", "name [at] example.org", .email),
        PIICase("mi correo es juan (arroba) gmail (punto) com", "juan (arroba) gmail (punto) com", .email),
        PIICase("mi correo: juan arroba hotmail punto com", "juan arroba hotmail punto com", .email),
        PIICase("just contact ana.r at gmail", "ana.r at gmail", .email),
        PIICase("send it to maria @ example . org", "maria @ example . org", .email),
        PIICase("ＭＡＲＩＡ＠ＥＸＡＭＰＬＥ．ＯＲＧ wrote this", "MARIA@EXAMPLE.ORG", .email),
        PIICase("maria\u{200B}@\u{200B}example.org", "maria@example.org", .email),
        // Phone numbers.
        PIICase("Call me at 555-201-3344 if you want details", "555-201-3344", .phone),
        PIICase("Llámame al (555) 201 3344 después de las 5", "(555) 201 3344", .phone),
        PIICase("my cell is +1 555.201.3344", "+1 555.201.3344", .phone),
        PIICase("mi número en México: +52 55 1234 5678", "+52 55 1234 5678", .phone),
        PIICase("UK office +44 20 7946 0958, ask for me", "+44 20 7946 0958", .phone),
        PIICase("call ５５５－２０１－３３４４ now", "555-201-3344", .phone),
        PIICase("call 555\u{200B}201\u{200C}3344 now", "5552013344", .phone),
        PIICase("text 555\u{00AD}201\u{2060}3344", "5552013344", .phone),
        // Web addresses.
        PIICase("see https://example.org/path?q=1.", "https://example.org/path?q=1", .url),
        PIICase("my page www.facebook.com/maria.lopez has it", "www.facebook.com/maria.lopez", .url),
        PIICase("mi blog: mariasblog.com/posts/3", "mariasblog.com/posts/3", .url),
        PIICase("short link bit.ly/abc123 here", "bit.ly/abc123", .url),
        PIICase("visit mariasblog.com", "mariasblog.com", .url),
        PIICase("defanged hxxp://evil.example/x", "hxxp://evil.example/x", .url),
        // Identifying numbers.
        PIICase("SSN 123-45-6789 on file", "123-45-6789", .identifier),
        PIICase("mi seguro social es 123 45 6789", "123 45 6789", .identifier),
        PIICase("MRN 00123456 was wrong", "00123456", .identifier),
        PIICase("badge 123 456 at the door", "123 456", .identifier),
        PIICase("número de empleado 4821937", "4821937", .identifier),
        PIICase("call 5 5 5 2 0 1 3 3 4 4", "5 5 5 2 0 1 3 3 4 4", .identifier),
        PIICase("call 555 - 201 - 33", "555 - 201 - 33", .identifier),
        PIICase("find me @maria_lopez on Instagram", "@maria_lopez", .identifier),
        // Dates, numeric and written.
        PIICase("On 3/14/2026 he came to the clinic", "3/14/2026", .date),
        PIICase("It happened 2026-03-14 at work", "2026-03-14", .date),
        PIICase("fue el 14.03.26 en la clínica", "14.03.26", .date),
        PIICase("since March 14th he calls every day", "March 14th", .date),
        PIICase("on March 14, 2026 we talked", "March 14, 2026", .date),
        PIICase("on the 1st of May", "1st of May", .date),
        PIICase("pasó el 14 de marzo", "14 de marzo", .date),
        PIICase("el 14 de marzo de 2026 hubo una reunión", "14 de marzo de 2026", .date),
        PIICase("desde marzo 14 no viene", "marzo 14", .date),
        PIICase("el １４ de marzo", "14 de marzo", .date),
    ]

    @Test("each kind of personal information is replaced by the token and reported", arguments: cases)
    func redactsEachKind(_ example: PIICase) {
        let redaction = PIIRedactor().redact(example.comment)
        #expect(!redaction.text.contains(example.secret), "\(redaction.text)")
        #expect(redaction.text.contains(PIIRedactor.token))
        #expect(redaction.kinds == [example.kind])
    }

    /// Ordinary survey text with numbers, percentages, quarters, times, scales and punctuation.
    static let ordinaryComments = [
        "I agree 100%",
        "Q3 was better than Q2",
        "in 2026 we need more staff",
        "shift from 7 to 3",
        "I'd rate it 4 out of 5, maybe a 4.5",
        "24/7 coverage would help",
        "The FY 2025-2026 budget cut training",
        "The FY 2025-26 plan is fine",
        "We saw 150 patients in 2 days",
        "Scores went from 3.5 to 4.2",
        "Ratings: 1, 2, 3, 4, 5",
        "Staff meeting @ noon. Nobody comes.",
        "I work at the clinic on Tuesdays",
        "It was fine.Co-workers help each other",
        "Todo bien.Es un buen lugar para trabajar",
        "e.g. more staff, i.e. nurses",
        "May we have more training?",
        "We need 2 more nurses by March",
        "Necesitamos 3 enfermeras más en mayo",
        "Call the hotline at 1-800 number on the poster",
        "a month or 2 ago things improved",
        "Security walks people to their cars at night, which helps",
        "It would help to know who our DV partner is",
        "Debriefs happen \"when there's time\", which is never",
        "El equipo se apoya mucho, pero falta tiempo",
        "Necesitamos información sobre permisos, en español",
        "Node.js training? No, EHR training",
    ]

    @Test("ordinary survey text is left alone", arguments: ordinaryComments)
    func noFalsePositives(_ comment: String) {
        let redaction = PIIRedactor().redact(comment)
        #expect(redaction.kinds.isEmpty)
        #expect(redaction.text == comment)
    }

    @Test("the token is fixed, so it never tells how long the removed text was")
    func fixedToken() {
        let short = PIIRedactor().redact("ID 123456 here").text
        let long = PIIRedactor().redact("ID 1234567890123456 here").text
        #expect(short == "ID [removed] here")
        #expect(long == short)
    }

    @Test("several hits in one comment are each replaced, and all their kinds reported")
    func severalHits() {
        let redaction = PIIRedactor().redact("Call 555-201-3344 or write ana@example.org before 3/14/2026")
        #expect(redaction.text == "Call [removed] or write [removed] before [removed]")
        #expect(redaction.kinds == [.phone, .email, .date])
    }

    @Test("text claimed by an earlier pattern is not reported again by a later one")
    func claimsOnce() {
        #expect(PIIRedactor().redact("2026-03-14").kinds == [.date])
        #expect(PIIRedactor().redact("ana@clinic.org").kinds == [.email])
        #expect(PIIRedactor().redact("https://x.org/555-201-3344").kinds == [.url])
    }

    @Test("redact normalises first, so invisible characters cannot split a hit")
    func normalisesFirst() {
        let redaction = PIIRedactor().redact("  SSN\u{FEFF} 123-45-67\u{200D}89 \r\n")
        #expect(redaction.text == "SSN [removed]")
    }
}
