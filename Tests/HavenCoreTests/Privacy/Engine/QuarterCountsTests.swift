@testable import HavenCore
import HavenSurvey
import Testing

/// The canonical order of a quarter's finest cells is what its fingerprint hashes, and ledgers
/// keep fingerprints across versions: the order must never drift.
@Suite("a quarter's canonical atom order and fingerprint")
struct QuarterCountsTests {
    /// Sites, roles and kinds arriving out of code order, with roles and kinds missing.
    private func shuffledQuarter() throws -> QuarterCounts {
        let module = try attackModule(sites: ["s", "a", "b", "s2"], roles: ["rn", "md", "admin"], kinds: ["tele", "clinic"], nested: false)
        var responses: [Response] = []
        for (index, site) in ["s2", "b", "s", "a"].enumerated() {
            responses += people(index + 1, site: site, role: "rn", kind: "tele")
            responses += people(2, site: site, role: nil, kind: index.isMultiple(of: 2) ? "clinic" : nil)
            responses += people(1, site: site, role: index < 2 ? "md" : "admin", kind: "clinic", team: "2")
        }
        responses += people(3, site: nil, role: "md", kind: "tele", affected: "yes")
        return try #require(counts(module, responses).quarters[q3])
    }

    @Test("atoms come in the order of their value codes, dimension by dimension, missing first")
    func codeOrder() throws {
        let quarter = try shuffledQuarter()
        let codes = { (atom: Int) in quarter.dimensions.indices.map { quarter.value(ofDimension: $0, atom: atom) ?? "" } }
        let expected = (0..<quarter.atomCount).map(codes).sorted { $0.lexicographicallyPrecedes($1) }
        #expect(quarter.sortedAtoms.map(codes) == expected)
        #expect(quarter.sortedAtoms.map(codes) != (0..<quarter.atomCount).map(codes), "the data did not arrive in code order")
        #expect(quarter.sortedAtoms.map(codes).first == ["", "md", "tele"])
        var packed = quarter
        packed.pack()
        #expect(packed.sortedAtoms == quarter.sortedAtoms, "the order kept once counting is over is the order")
    }

    @Test("counts made elsewhere, then counted into one response at a time, find their atoms again")
    func addsToCountsMadeElsewhere() throws {
        let counted = try shuffledQuarter()
        var made = QuarterCounts(
            dimensions: counted.dimensions, layout: counted.layout, values: counted.values,
            atomCodes: (0..<counted.atomCount).flatMap { counted.codes(of: $0) },
            respondents: counted.respondents, counts: counted.counts, comments: counted.comments)
        #expect(made.fingerprint == counted.fingerprint)
        let atoms = made.atomCount
        for response in people(2, site: "s", role: "rn", kind: "tele") { made.add(response.answers) }
        #expect(made.atomCount == atoms, "an atom already counted is counted into")
        for response in people(1, site: "s2", role: "md", kind: "tele") { made.add(response.answers) }
        #expect(made.atomCount == atoms + 1)
        var expected = counted
        for response in people(2, site: "s", role: "rn", kind: "tele") + people(1, site: "s2", role: "md", kind: "tele") {
            expected.add(response.answers)
        }
        #expect(made.fingerprint == expected.fingerprint)
    }

    @Test("the fingerprint of the same counts and comments is the one earlier versions recorded")
    func pinnedFingerprintWithComments() throws {
        let module = try attackModule(comments: true)
        let texts = ["Parking, again.", "Thanks, team", "ñandú \"quoted\"", "Parking, again."]
        let responses = people(3, site: "b", role: "rn", comment: { texts[$0] }) + people(2, site: "a", role: "md", comment: { texts[3 - $0] })
        let fingerprint = try #require(counts(module, responses).quarters[q3]).fingerprint
        #expect(fingerprint == "56281706bd24393a7f07599da89de83c94f504ce98904164a8d0cfb79aca4880")
    }

    @Test("the fingerprint of the same comments is the same whatever order they came in, texts equal as strings but not in bytes too")
    func fingerprintIgnoresCommentOrder() throws {
        let module = try attackModule(comments: true)
        // "café" composed and decomposed: equal as Swift strings, different in bytes.
        let texts = ["caf\u{E9}", "Parking", "cafe\u{301}", "cafe\u{301}", "Parking"]
        let forward = people(5, site: "a", role: "rn", comment: { texts[$0] })
        let backward = people(5, site: "a", role: "rn", comment: { texts[4 - $0] })
        let fingerprint = { (responses: [Response]) in try #require(counts(module, responses).quarters[q3]).fingerprint }
        #expect(try fingerprint(forward) == fingerprint(backward))
        #expect(try fingerprint(forward) != fingerprint(people(5, site: "a", role: "rn", comment: { texts[$0 == 2 ? 0 : $0] })))
    }

    @Test("the fingerprint of the same counts is the one earlier versions recorded")
    func pinnedFingerprint() throws {
        let fingerprint = try shuffledQuarter().fingerprint
        #expect(fingerprint == "6719b4e065a9010fd176922a55ff74429ccbaee3ba1039b22f74eb7d1560dd11")
    }
}
