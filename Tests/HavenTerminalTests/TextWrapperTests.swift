import Testing

@testable import HavenTerminal

@Suite("wrapping text")
struct TextWrapperTests {
    @Test("breaks at spaces within the width, and keeps paragraphs")
    func words() {
        #expect(TextWrapper.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrapper.wrap("first\n\nsecond", width: 20) == ["first", "", "second"])
    }

    @Test("cuts a word longer than the width")
    func longWord() {
        #expect(TextWrapper.wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test("a marker starts the first line and the rest hang under the text")
    func hangingIndent() {
        let lines = TextWrapper.wrap("Neither agree nor disagree", width: 18, prefix: "> ( ) 3. ", indent: "         ")
        #expect(lines == ["> ( ) 3. Neither", "         agree nor", "         disagree"])
        #expect(lines.allSatisfy { $0.count <= 18 })
    }
}
