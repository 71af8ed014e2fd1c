import HavenCore
import HavenSurvey
import Testing

/// Comments through the engine (R9): the comment threshold, the nested-difference rule for comment
/// lists, shuffling, redaction and quarantine, and no republishing after late responses.
@Suite("comments through the engine")
struct CommentReleaseTests {
    let module: SurveyModule

    init() throws {
        module = try attackModule(comments: true)
    }

    func release(_ responses: [Response], filter: [GroupCondition] = [], earlier: [LedgerRelease] = []) throws -> Release {
        let engine = DisclosureControl(module: module)
        return engine.release(counts(module, responses), periods: [q3], tables: try engine.catalogue.tables(by: [], filter: filter), earlier: earlier)
    }

    let siteA = [GroupCondition(dimension: "site", value: "a")]

    @Test("T21 comment threshold: a team of 9 with 3 comments shows no verbatims; a team of 10 shows them, shuffled, with nothing but the text")
    func t21() throws {
        let written = ["More training on safety planning, please.", "The break room poster helped.", "Supervisors were kind."]
        let nine = people(9, site: "a", comment: { $0 < 3 ? written[$0] : nil }) + people(30, site: "b")
        let small = try release(nine, filter: siteA)
        #expect(small.figure("site=a", nil, .respondents)?.isShown == true, "the team's size is shown")
        #expect(small.comments[q3]?["comment"] == nil)
        #expect(small.figure("site=a", "comment", .comments)?.isShown == false)

        let ten = people(10, site: "a", comment: { $0 < 3 ? written[$0] : nil }) + people(30, site: "b")
        let shown = try release(ten, filter: siteA)
        let comments = try #require(shown.comments[q3]?["comment"])
        #expect(comments.sorted() == written.sorted(), "exactly the texts, with no time, order number or group attached")
        #expect(shown.figure("site=a", "comment", .comments)?.count == 3)

        let many = (0..<6).map { "Idea number \($0) for the team." }
        let orders = try Set((0..<20).map { _ in
            try release(people(12, site: "a", comment: { many[$0 % 6] }) + people(30, site: "b"), filter: siteA).comments[q3]?["comment"] ?? []
        })
        #expect(orders.count > 1, "the order is shuffled afresh, never the order of submission")
    }

    @Test("nested comment lists: a list is held back when it and a published list differ by fewer than 10 people")
    func nestedDifference() throws {
        let data = people(12, site: "a", comment: { "Site a idea \($0)." }) + people(6, site: "b", comment: { "Site b idea \($0)." })
        let organisation = try release(data)
        #expect(organisation.comments[q3]?["comment"]?.count == 18)
        let ledger = [LedgerRelease(organisation, id: "r1")]
        // The organisation's 18 minus site a's 12 would be site b's 6 comments.
        let siteAfterOrganisation = try release(data, filter: siteA, earlier: ledger)
        #expect(siteAfterOrganisation.comments[q3]?["comment"] == nil)
        #expect(siteAfterOrganisation.figure("site=a", "comment", .comments)?.isShown == false)

        let larger = data + people(4, site: "b", comment: { "More from b \($0)." })
        let bigOrganisation = try release(larger)
        let siteAfterBig = try release(larger, filter: siteA, earlier: [LedgerRelease(bigOrganisation, id: "r1")])
        #expect(siteAfterBig.comments[q3]?["comment"]?.count == 12, "a remainder of 10 people may be told apart")
    }

    @Test("after late responses, a list published before is not published again: the difference would be the late comments")
    func lateComments() throws {
        let data = people(12, site: "a", comment: { "Idea \($0)." })
        let first = try release(data)
        #expect(first.comments[q3]?["comment"]?.count == 12)
        let late = try release(data + people(1, site: "a", comment: { _ in "A late idea." }), earlier: [LedgerRelease(first, id: "r1")])
        #expect(late.comments[q3]?["comment"] == nil)
    }

    @Test("personal information and disclosures go to the quarantine, never into the release")
    func quarantine() throws {
        let texts = [
            "Call me at 555-123-4567 about the schedule.", "My husband hits me when I get home late.",
            "The new leave policy is clear.", "Please add the hotline to the break room.",
        ]
        let data = people(12, site: "a", comment: { $0 < texts.count ? texts[$0] : nil })
        let result = try release(data)
        let published = try #require(result.comments[q3]?["comment"])
        #expect(published.sorted() == ["Please add the hotline to the break room.", "The new leave policy is clear."])
        let held = try #require(result.quarantined[q3]?["comment"])
        #expect(held.map(\.text).sorted() == ["Call me at 555-123-4567 about the schedule.", "My husband hits me when I get home late."])
        #expect(held.allSatisfy { !$0.reasons.isEmpty })
    }
}
