@testable import HavenCore
import Testing

@Suite("comment texts kept once each, as bytes")
struct CommentTextsTests {
    private func insert(_ text: String, into table: inout ByteStringTable) -> (index: Int32, inserted: Bool) {
        var text = text
        return text.withUTF8 { table.insert(UnsafeRawBufferPointer($0)) }
    }

    @Test("a table numbers each distinct byte string in the order first seen and finds it again")
    func numbersDistinctStrings() {
        var table = ByteStringTable()
        let found = ["Parking", "N/A", "Parking", "", "n/a", "N/A", ""].map { insert($0, into: &table) }
        #expect(found.map(\.index) == [0, 1, 0, 2, 3, 1, 2])
        #expect(found.map(\.inserted) == [true, true, false, true, true, false, false])
        #expect(table.count == 4)
        #expect((0..<4).map(table.string(at:)) == ["Parking", "N/A", "", "n/a"])
    }

    @Test("a table growing to thousands of entries still finds each one, after fitting too")
    func findsAfterGrowing() {
        var table = ByteStringTable()
        let texts = (0..<5_000).map { "comment \($0) " + String(repeating: "é", count: $0 % 17) }
        #expect(texts.enumerated().allSatisfy { insert($1, into: &table) == (Int32($0), true) })
        table.fit()
        #expect(texts.enumerated().allSatisfy { insert($1, into: &table) == (Int32($0), false) })
        #expect(table.string(at: 4_321) == texts[4_321])
    }

    @Test("a group's answers are its atoms' answers, each as often as given, in the order counted")
    func answersOfAtoms() {
        var comments = CommentTexts()
        let given: [(String, Int)] = [("Parking", 3), ("Thanks", 0), ("Parking", 0), ("Short staffed", 7), ("Parking", 3), ("Thanks", 5)]
        for (text, atom) in given { comments.append(text, atom: atom) }
        #expect(comments.count == 6)
        #expect(comments.answers(in: [3, 0]) == ["Parking", "Thanks", "Parking", "Parking"])
        #expect(comments.answers(in: [5]) == ["Thanks"])
        #expect(comments.answers(in: [1, 2]).isEmpty)
        #expect(comments.answers(in: []).isEmpty)
        #expect(comments.answers(in: [0, 3, 5, 7]).sorted() == given.map(\.0).sorted())
    }

    @Test("a group's distinct texts come once each, in the order first counted among its atoms")
    func distinctAnswersOfAtoms() {
        var comments = CommentTexts()
        let given: [(String, Int)] = [("Thanks", 5), ("Parking", 3), ("Thanks", 0), ("Parking", 0), ("Short staffed", 7), ("Parking", 3)]
        for (text, atom) in given { comments.append(text, atom: atom) }
        #expect(Array(comments.distinctAnswers(in: [3, 0])) == ["Parking", "Thanks"])
        #expect(Array(comments.distinctAnswers(in: [0, 3, 5, 7])) == ["Thanks", "Parking", "Short staffed"])
        #expect(Array(comments.distinctAnswers(in: [1, 2])).isEmpty)
        #expect(Array(comments.distinctAnswers(in: [])).isEmpty)
    }

    @Test("every answer is handed over in the texts' string order, repeats included")
    func textOrder() {
        var comments = CommentTexts()
        for (atom, text) in ["b", "a", "b", "ñ", "c", "a", "b"].enumerated() { comments.append(text, atom: atom) }
        comments.fit()
        var seen: [String] = []
        comments.forEachInTextOrder { seen.append(String(decoding: $0, as: UTF8.self)) }
        #expect(seen == ["a", "a", "b", "b", "b", "c", "ñ"])
    }
}
