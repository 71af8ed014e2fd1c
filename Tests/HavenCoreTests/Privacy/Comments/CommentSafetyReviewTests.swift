@testable import HavenCore
import Synchronization
import Testing

@Suite("comment safety: reviewing a group's comments")
struct CommentSafetyReviewTests {
    let safety = CommentSafety(roster: ["José Martínez", "Eastside Clinic"])

    /// Noise is told by counting letters first: a comment with more than any stock non-answer
    /// holds is not noise, whatever else it has. It must decide as the comment's words do.
    @Test("noise told by its letters decides as its words do")
    func noiseByLetters() {
        var random = SeededGenerator(seed: 11)
        let pieces = ["n", "a", "/", ".", " ", "no", "comment", "comments", "at this time", "nada", "mas", "!", "-", "1", "é", "sin", "x"]
        var noise = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let folded = FoldedText.fold(text)
            #expect(NonInformativeComment.isNoise(folded: folded) == NonInformativeComment.isNoiseThoroughly(folded: folded), "\(text)")
            if NonInformativeComment.isNoise(folded: folded) { noise += 1 }
        }
        #expect(noise > 100)
        #expect(NonInformativeComment.isNoise(folded: "no comments at this time!"))
        #expect(!NonInformativeComment.isNoise(folded: "no comments at this time, thanks"))
    }

    @Test("noise is dropped, safe comments published, the rest quarantined with reasons")
    func endToEnd() {
        let review = safety.review([
            "", "   \n\t", "N/A", "n.a.", "None!", "-", "—", "...", "no", "Nada", "Ninguno.", "sin comentarios", "No comment",
            "  More  training for front desk, please ",
            "Ｍás capacitación, por favor\u{200B}",
            "Call me at 555-201-3344 if you want details",
            "José Martinez never answers",
            "my husband hits me",
            "tengo miedo de volver a casa",
            "my coworker Maria told me",
            "I'm scared, call me at maria@example.org",
        ])
        #expect(review.publishable.sorted() == ["More training for front desk, please", "Más capacitación, por favor"])
        let reasons = Dictionary(uniqueKeysWithValues: review.quarantined.map { ($0.text, $0.reasons) })
        #expect(reasons.count == 6)
        #expect(reasons["Call me at 555-201-3344 if you want details"] == [.personalInformation(.phone)])
        #expect(reasons["José Martinez never answers"] == [.personalInformation(.rosterName)])
        #expect(reasons["my husband hits me"] == [.sensitive(.partnerOrFamilyAbuse), .sensitive(.physicalViolence)])
        #expect(reasons["tengo miedo de volver a casa"] == [.sensitive(.fearForSafety)])
        #expect(reasons["my coworker Maria told me"] == [.sensitive(.namedPerson)])
        #expect(reasons["I'm scared, call me at maria@example.org"] == [.personalInformation(.email)])
    }

    @Test("texts reviewed ahead into a memo are decided as a review decides them, and a stopped review adds nothing")
    func reviewedAhead() {
        let comments = ["More training, please", "Call me at 555-201-3344", "my husband hits me", "N/A", "More training, please"]
        let memo = CommentSafety.Memo()
        safety.remember(comments, in: memo) { false }
        #expect(memo.count == 4, "each distinct text once, noise included")
        let ahead = safety.review(comments, memo: memo)
        let fresh = safety.review(comments)
        #expect(ahead.publishable.sorted() == fresh.publishable.sorted())
        #expect(ahead.publishable.sorted() == ["More training, please", "More training, please"])
        #expect(ahead.quarantined.map(\.text).sorted() == fresh.quarantined.map(\.text).sorted())
        #expect(memo.count == 4, "nothing left to review")

        let stopped = CommentSafety.Memo()
        var checks = 0
        safety.remember(comments, in: stopped) {
            checks += 1
            return checks > 2
        }
        #expect(stopped.count == 2, "stopped at the third check")
    }

    @Test("background work runs on its own, and finishing stops it and waits for it")
    func backgroundWorkFinishes() {
        let ticks = Ticks()
        let work = BackgroundWork { stop in
            while !stop() { ticks.count.add(1, ordering: .relaxed) }
        }
        while ticks.count.load(ordering: .relaxed) < 10 {}
        work.finish()
        let after = ticks.count.load(ordering: .relaxed)
        #expect(after >= 10)
        #expect(ticks.count.load(ordering: .relaxed) == after, "nothing runs once finished")
    }

    @Test("a quarantined comment keeps its normalised text, unredacted, for the reviewer")
    func quarantinedTextIsNormalisedOriginal() throws {
        let review = safety.review(["  Call me at ５５５-201-3344\u{200B}  "])
        let held = try #require(review.quarantined.first)
        #expect(held.text == "Call me at 555-201-3344")
        #expect(held.reasons.map(\.description) == ["pii:phone"])
        #expect(review.publishable.isEmpty)
    }

    @Test("reason codes are stable and name the rule, never the matched text")
    func reasonCodes() {
        #expect(QuarantineReason.personalInformation(.rosterName).description == "pii:roster-name")
        #expect(QuarantineReason.sensitive(.selfHarm).description == "sensitive:self-harm")
        let all = SensitiveCategory.allCases.map { QuarantineReason.sensitive($0).description }
            + PIIKind.allCases.map { QuarantineReason.personalInformation($0).description }
        #expect(Set(all).count == all.count)
    }

    @Test("published comments are the normalised texts and nothing else: no time, order or metadata (T21)")
    func nothingAdded() {
        let comments = ["Thank you for asking about this", "Leave policy is confusing; HR answers differ", "Thank you for asking about this"]
        let review = safety.review(comments)
        #expect(review.publishable.sorted() == comments.sorted())
        #expect(review.quarantined.isEmpty)
    }

    @Test("a release's quarters share their reviews: each text is reviewed once, and decided as it would be alone")
    func memoAcrossLists() {
        let memo = CommentSafety.Memo()
        let first = ["Parking, again", "my husband hits me", "N/A", "More training, please"]
        let second = ["my husband hits me", "Parking, again", "Call me at 555-201-3344", "N/A"]
        var generator = SystemRandomNumberGenerator()
        let alone = [first, second].map { safety.review($0) }
        let shared = [first, second].map { safety.review($0, using: &generator, memo: memo) }
        #expect(memo.count == 5, "the distinct texts of both lists, noise included")
        for (lone, memoised) in zip(alone, shared) {
            #expect(lone.publishable.sorted() == memoised.publishable.sorted())
            let reasons = { (review: CommentReview) in Dictionary(uniqueKeysWithValues: review.quarantined.map { ($0.text, $0.reasons) }) }
            #expect(reasons(lone) == reasons(memoised))
        }
        #expect(shared[1].quarantined.map(\.text).sorted() == ["Call me at 555-201-3344", "my husband hits me"])
        #expect(shared[1].publishable == ["Parking, again"])
    }

    @Test("a text repeated is reviewed once, and every copy is published or quarantined with it")
    func repeatedTexts() {
        let review = safety.review(["Parking, again", "my husband hits me", "N/A", "Parking, again", "my husband hits me", "Parking, again", "N/A"])
        #expect(review.publishable == Array(repeating: "Parking, again", count: 3))
        #expect(review.quarantined.map(\.text) == Array(repeating: "my husband hits me", count: 2))
    }

    @Test("each comment's fate depends on its text alone, so a group's published comments are its members' (for the nested-difference rule)")
    func decisionsAreIndependent() {
        let first = ["Scheduling is tight", "me amenazó", "Call 555-201-3344"]
        let second = ["N/A", "Thank you for asking about this", "I want to die"]
        let together = safety.review(first + second)
        let apart = [safety.review(first), safety.review(second)]
        #expect(together.publishable.sorted() == apart.flatMap(\.publishable).sorted())
        #expect(together.quarantined.map(\.text).sorted() == apart.flatMap { $0.quarantined.map(\.text) }.sorted())
    }

    @Test("nothing published ever contains personal information or the redaction token")
    func publishedIsClean() {
        let comments = CommentSafetyRedactionTests.cases.map(\.comment) + CommentSafetyRedactionTests.ordinaryComments
        let review = CommentSafety().review(comments)
        for text in review.publishable {
            #expect(PIIRedactor().redact(text).kinds.isEmpty, "\(text)")
            #expect(!text.contains(PIIRedactor.token))
        }
        #expect(review.quarantined.count == CommentSafetyRedactionTests.cases.count)
    }
}

/// A counter the test and the background work share.
private final class Ticks: Sendable {
    let count = Atomic<Int>(0)
}
