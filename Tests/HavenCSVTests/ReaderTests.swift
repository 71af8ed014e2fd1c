import Foundation
import Testing

@testable import HavenCSV

@Suite struct ReaderTests {
    @Test func quotedFieldsKeepCommasQuotesAndEveryKindOfLineBreak() throws {
        let text = "id,comment\n1,\"a, \"\"b\"\"\"\n2,\"lf\nline\"\n3,\"cr\rline\"\n4,\"crlf\r\nline\"\n5,ünïcødé 😀\n"
        #expect(try readRows(text) == [
            ["id", "comment"], ["1", "a, \"b\""], ["2", "lf\nline"], ["3", "cr\rline"], ["4", "crlf\r\nline"], ["5", "ünïcødé 😀"],
        ])
    }

    @Test func spacesAndTabsAroundUnquotedFieldsAreKept() throws {
        #expect(try readRows(" a , b\t,\tc ,  \n") == [[" a ", " b\t", "\tc ", "  "]])
    }

    @Test func byteOrderMarkIsSkippedButCountsInOffsets() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8)
        var firstField: [UInt8] = []
        var offsets: [Int] = []
        try CSVReader(bytes: bytes).forEachRow { row in
            if row.number == 1 {
                firstField = row.withFieldBytes(at: 0) { Array($0) }
                #expect(row.field(at: 0, equals: "id"))
            }
            offsets.append(row.byteOffset)
        }
        #expect(firstField == Array("id".utf8))
        #expect(offsets == [3, 11])
    }

    /// Only a byte order mark at the very start is special; elsewhere it is field content.
    @Test func byteOrderMarkLaterIsContent() throws {
        #expect(try readRows("a\n\u{FEFF}b\n") == [["a"], ["\u{FEFF}b"]])
    }

    @Test func recordsWithLineBreaksCountOnceAndBlankLinesAreNotRecords() throws {
        let text = "h1,h2\n\"one\ntwo\",x\r\n\r\n\n\"a\r\nb\",y\rlast,\"c\rd\""
        var seen: [(number: Int, offset: Int, end: Int, fields: [String])] = []
        try CSVReader(bytes: Array(text.utf8)).forEachRow { row in
            seen.append((row.number, row.byteOffset, row.endByteOffset, row.strings()))
        }
        #expect(seen.map(\.number) == [1, 2, 3, 4])
        #expect(seen.map(\.fields) == [["h1", "h2"], ["one\ntwo", "x"], ["a\r\nb", "y"], ["last", "c\rd"]])
        #expect(seen.map(\.offset) == [0, 6, 22, 31])
        #expect(seen.map(\.end) == [6, 18, 31, 41])
    }

    @Test func lastRecordWithoutLineBreakAndTrailingEmptyField() throws {
        #expect(try readRows("a,b\nc,") == [["a", "b"], ["c", ""]])
        #expect(try readRows("a,\"\"") == [["a", ""]])
        #expect(try readRows("") == [])
        #expect(try readRows("\n\r\n") == [])
    }

    @Test func closureErrorStopsReadingAndComesBackUnchanged() {
        var delivered: [Int] = []
        #expect(throws: StopReading(atRow: 2)) {
            try CSVReader(bytes: Array("a\nb\nc\nd\n".utf8)).forEachRow { row in
                delivered.append(row.number)
                if row.number == 2 {
                    throw StopReading(atRow: 2)
                }
            }
        }
        #expect(delivered == [1, 2])
    }

    @Test func readingTwiceReadsTheInputAgain() throws {
        let reader = CSVReader(bytes: Array("a\nb\n".utf8))
        var count = 0
        try reader.forEachRow { _ in count += 1 }
        try reader.forEachRow { _ in count += 1 }
        #expect(count == 4)
    }

    @Test func rowAccessorsWorkWithoutStrings() throws {
        let text = "nurse,5,-12,+3,,4 ,x9,99999999999999999999,-\n"
        try CSVReader(bytes: Array(text.utf8)).forEachRow { row in
            #expect(row.count == 9)
            #expect(row.field(at: 0, equals: "nurse"))
            #expect(!row.field(at: 0, equals: "nurses"))
            #expect(!row.field(at: 0, equals: "Nurse"))
            #expect(row.field(at: 4, equals: ""))
            #expect(row.field(at: 0, equals: String(decoding: Array("nurse".utf8), as: UTF8.self)))
            #expect((0..<row.count).map(row.int(at:)) == [nil, 5, -12, 3, nil, nil, nil, nil, nil])
            #expect(row.byteCount(at: 0) == 5)
            #expect(row.byteCount(at: 4) == 0)
            #expect(row.string(at: 5) == "4 ")
        }
    }

    @Test func intParsingHandlesTheExtremes() throws {
        let text = "\(Int.max),\(Int.min),9223372036854775808,-9223372036854775809\n"
        try CSVReader(bytes: Array(text.utf8)).forEachRow { row in
            #expect((0..<row.count).map(row.int(at:)) == [Int.max, Int.min, nil, nil])
        }
    }

    @Test func lenientModeKeepsStrayQuotes() throws {
        let options = CSVReader.Options(isStrict: false)
        #expect(try readRows("a\"b,c\n", options: options) == [["a\"b", "c"]])
        #expect(try readRows("x,\"open", options: options) == [["x", "open"]])
    }

    @Test func utf8CheckCanBeTurnedOff() throws {
        let bytes: [UInt8] = Array("a,".utf8) + [0xFF] + Array("\n".utf8)
        #expect(try readRows(bytes, options: CSVReader.Options(validatesUTF8: false)) == [["a", "\u{FFFD}"]])
    }

    @Test func fileReadingReportsSizeAndProgress() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("progress.csv")
        let text = "h\n1\n22\n333\n"
        try Data(text.utf8).write(to: url)
        let reader = CSVReader(path: url.path)
        #expect(reader.fileSize == nil)
        var progress: [Int] = []
        try reader.forEachRow { _ in progress.append(reader.bytesConsumed) }
        #expect(reader.fileSize == text.utf8.count)
        #expect(progress == [2, 4, 7, 11])
        #expect(reader.bytesConsumed == 11)
    }

    /// The same inputs must give the same rows, or the same error, whatever the chunk size:
    /// records, quoted line breaks, CRLF pairs and multi-byte characters all straddle reads.
    @Test func resultsDoNotDependOnChunkSize() throws {
        let inputs: [[UInt8]] = [
            [0xEF, 0xBB, 0xBF] + Array("id,\"x\r\ny\",😀é\r\n\r\n2,\"\"\"q\"\"\", 👩‍⚕️ \r\n".utf8),
            Array("a,b\n1,\"never closed\n2,3\n".utf8),
            Array("a,b\nab😀,c\"d\n".utf8),
            Array("a,é".utf8) + [0xF0, 0x9F, 0x98] + Array(",x\n".utf8),
            Array("😀,".utf8) + [0xF0, 0x9F, 0x98],
            Array("x\r\n\"a\"\"b\"\"\",\"c\"d\n".utf8),
        ]
        for input in inputs {
            let reference = outcome(input, chunkSize: 1 << 20)
            for chunkSize in 4...24 {
                #expect(outcome(input, chunkSize: chunkSize) == reference, "chunk size \(chunkSize)")
            }
        }
    }

    private func outcome(_ bytes: [UInt8], chunkSize: Int) -> Result<[[String]], CSVError> {
        do {
            return .success(try readRows(bytes, chunkSize: chunkSize))
        } catch let error as CSVError {
            return .failure(error)
        } catch {
            Issue.record(error)
            return .success([])
        }
    }
}
