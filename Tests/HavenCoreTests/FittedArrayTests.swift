import Testing

@testable import HavenCore

@Suite("fitted lists")
struct FittedArrayTests {
    @Test("a list grown by appending keeps its elements in a buffer of their own size")
    func fitsGrownList() {
        var grown: [Int] = []
        for value in 0..<1_000 { grown.append(value) }
        grown.removeLast(400)
        #expect(grown.capacity >= 1_000)
        let fitted = grown.fitted()
        #expect(fitted == Array(0..<600))
        #expect(fitted.capacity < 640)
    }

    @Test("a list with little room to spare is kept as it is")
    func keepsTightList() {
        let tight = Array(0..<600)
        let kept = tight.fitted()
        #expect(kept == tight)
        #expect(kept.withUnsafeBufferPointer(\.baseAddress) == tight.withUnsafeBufferPointer(\.baseAddress))
    }
}
