import Foundation
import Testing

@testable import HavenCSV

/// Strict-mode and UTF-8 errors must point at the exact record, field and byte, so that
/// someone can open the file and fix it.
@Suite struct ReaderErrorTests {
    @Test func strayQuoteInAnUnquotedField() throws {
        let error = try #require(readError(Array("a,b,c\n1,2,3\nx,y\"z,w\n".utf8)))
        #expect(error.code == .parse)
        #expect(error.path == "test.csv")
        #expect(error.row == 3)
        #expect(error.column == 2)
        #expect(error.byteOffset == 15)
        #expect(
            error.description
                == "test.csv:3:2: a quote character inside an unquoted field; quote the whole field and double the inner quote (\"\") (byte 15)"
        )
    }

    @Test func textAfterAClosingQuote() throws {
        let error = try #require(readError(Array("a,b\n\"ok\",\"x\"y\n".utf8)))
        #expect(error.code == .parse)
        #expect((error.row, error.column, error.byteOffset) == (2, 2, 12))
        #expect(error.message.hasPrefix("text after the closing quote"))
    }

    /// With spaces kept, a space after the closing quote is stray text too.
    @Test func spaceAfterAClosingQuote() throws {
        let error = try #require(readError(Array("\"x\" ,b\n".utf8)))
        #expect((error.row, error.column, error.byteOffset) == (1, 1, 3))
    }

    @Test func quoteAfterLeadingSpaceIsAStrayQuote() throws {
        let error = try #require(readError(Array("a, \"b\"\n".utf8)))
        #expect((error.row, error.column, error.byteOffset) == (1, 2, 3))
    }

    @Test func unclosedQuoteAtEndOfInputPointsAtTheOpeningQuote() throws {
        let error = try #require(readError(Array("a,b\n1,\"never closed\n2,3\n".utf8)))
        #expect(error.code == .parse)
        #expect((error.row, error.column, error.byteOffset) == (2, 2, 6))
        #expect(error.message.hasPrefix("a quoted field is never closed"))
    }

    @Test func unclosedQuoteAfterQuotedFieldsWithCommasAndQuotes() throws {
        let prefix = "h\nx,\"a,b\",\"c\"\"d\","
        let error = try #require(readError(Array((prefix + "\"open, \"\"still\n\nopen").utf8), chunkSize: 5))
        #expect((error.row, error.column, error.byteOffset) == (2, 4, prefix.utf8.count))
    }

    @Test func unclosedQuoteInAFileReadInTinyChunks() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("open.csv")
        let prefix = "id,comment\n1,fine\n2,\"ok\"\n3,"
        try Data((prefix + "\"" + String(repeating: "long text, ", count: 50)).utf8).write(to: url)
        var options = CSVReader.Options()
        options.chunkSize = 7
        let error = #expect(throws: CSVError.self) {
            try CSVReader(path: url.path, options: options).forEachRow { _ in }
        }
        #expect(error?.path == url.path)
        #expect(error?.row == 4)
        #expect(error?.column == 2)
        #expect(error?.byteOffset == prefix.utf8.count)
    }

    static let invalidUTF8Cases: [(bytes: [UInt8], row: Int, column: Int, offset: Int)] = [
        (Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8), 2, 2, 6),
        (Array("x\n".utf8) + [0x80] + Array(",y\n".utf8), 2, 1, 2),
        (Array("overlong,".utf8) + [0xC0, 0x80], 1, 2, 9),
        (Array("o3,".utf8) + [0xE0, 0x80, 0xAF] + Array("\n".utf8), 1, 2, 3),
        (Array("surrogate,".utf8) + [0xED, 0xA0, 0x80], 1, 2, 10),
        (Array("too,high,".utf8) + [0xF4, 0x90, 0x80, 0x80], 1, 3, 9),
        (Array("ab,😀,".utf8) + [0xF0, 0x9F, 0x98], 1, 3, 8),
        (Array("cut,".utf8) + [0xE2, 0x82] + Array(",next\n".utf8), 1, 2, 4),
        (Array("h\n\"line1\nli".utf8) + [0xFF] + Array("ne2\"\n".utf8), 2, 1, 11),
        (Array("q\n\"é".utf8) + [0xE9] + Array("\"\n".utf8), 2, 1, 5),
    ]

    @Test(arguments: invalidUTF8Cases)
    func invalidUTF8IsReportedWhereItStarts(bytes: [UInt8], row: Int, column: Int, offset: Int) throws {
        for chunkSize in [4, 5, 7, 1 << 20] {
            let error = try #require(readError(bytes, chunkSize: chunkSize))
            #expect(error.code == .invalidUTF8)
            #expect((error.row, error.column, error.byteOffset) == (row, column, offset), "chunk size \(chunkSize)")
            #expect(error.message == "not valid UTF-8; save the file as UTF-8")
        }
    }

    @Test func errorOffsetsCountTheByteOrderMark() throws {
        let error = try #require(readError([0xEF, 0xBB, 0xBF] + Array("a\"b\n".utf8)))
        #expect((error.row, error.column, error.byteOffset) == (1, 1, 4))
    }

    @Test func recordLongerThanTheLimit() throws {
        var options = CSVReader.Options(maximumRecordBytes: 10)
        options.chunkSize = 4
        let text = "short\n" + String(repeating: "x", count: 20) + "\nok\n"
        let error = #expect(throws: CSVError.self) {
            _ = try readRows(text, options: options)
        }
        #expect(error?.code == .tooLarge)
        #expect(error?.row == 2)
        #expect(error?.byteOffset == 6)
        #expect(try readRows("short\nalso ok\n", options: options) == [["short"], ["also ok"]])
    }

    @Test func missingFileIsAnIOError() {
        let path = "/nonexistent-haven-dir/responses.csv"
        let error = #expect(throws: CSVError.self) {
            try CSVReader(path: path).forEachRow { _ in }
        }
        #expect(error?.code == .io)
        #expect(error?.path == path)
        #expect(error?.row == nil)
        #expect(error?.description.hasPrefix("\(path): cannot open the file (No such file or directory)") == true)
    }

    @Test func directoryIsAnIOError() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = #expect(throws: CSVError.self) {
            try CSVReader(path: directory.path).forEachRow { _ in }
        }
        #expect(error?.code == .io)
    }
}
