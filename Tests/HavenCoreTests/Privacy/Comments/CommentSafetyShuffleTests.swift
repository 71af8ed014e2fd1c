@testable import HavenCore
import Testing

@Suite("comment safety: release order")
struct CommentSafetyShuffleTests {
    /// Twenty distinct publishable comments, in submission order.
    let comments = (1...20).map { "Comment number \(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"][$0 - 1]) about scheduling" }

    @Test("with a fixed generator the order is a permutation, and not submission order")
    func seededPermutation() {
        var generator = SeededGenerator(seed: 2026)
        let review = CommentSafety().review(comments, using: &generator)
        #expect(review.publishable != comments)
        #expect(review.publishable.sorted() == comments.sorted())
    }

    @Test("different seeds give different orders, the same seed the same order")
    func seedsMatter() {
        var first = SeededGenerator(seed: 1)
        var again = SeededGenerator(seed: 1)
        var second = SeededGenerator(seed: 2)
        let safety = CommentSafety()
        #expect(safety.review(comments, using: &first).publishable == safety.review(comments, using: &again).publishable)
        var third = SeededGenerator(seed: 1)
        #expect(safety.review(comments, using: &third).publishable != safety.review(comments, using: &second).publishable)
    }

    @Test("quarantined comments are shuffled too")
    func quarantineShuffled() {
        let disclosures = (1...20).map { "Call me at 555-201-33\(10 + $0)" }
        var generator = SeededGenerator(seed: 7)
        let review = CommentSafety().review(disclosures, using: &generator)
        let texts = review.quarantined.map(\.text)
        #expect(texts != disclosures)
        #expect(texts.sorted() == disclosures.sorted())
    }

    @Test("the default review shuffles with the system generator (1 in 20! to fail by chance)")
    func systemGenerator() {
        let review = CommentSafety().review(comments)
        #expect(review.publishable != comments)
        #expect(review.publishable.sorted() == comments.sorted())
    }
}
