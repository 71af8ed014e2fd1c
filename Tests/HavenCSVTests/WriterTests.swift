import Foundation
import Testing

@testable import HavenCSV

@Suite struct WriterTests {
    static func line(_ fields: [CSVField], lineEnding: CSVLineEnding = .lf) throws -> String {
        try CSVWriter.string(lineEnding: lineEnding) { writer in
            try writer.write(row: fields)
        }
    }

    /// Formula payloads from the usual CSV-injection lists, with the exact bytes expected.
    static let formulaPayloads: [(text: String, written: String)] = [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1+1", "\"'+1+1\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("\t=1+1", "\"'\t=1+1\""),
        ("\r=1+1", "\"'\r=1+1\""),
        ("\n=1+1", "\"'\n=1+1\""),
        ("\0=1+1", "\"'\0=1+1\""),
        (" =1+1", "\"' =1+1\""),
        ("\u{00A0}\u{2003}@x", "\"'\u{00A0}\u{2003}@x\""),
        ("\u{200B}=1", "\"'\u{200B}=1\""),
        ("=", "\"'=\""),
    ]

    @Test(arguments: formulaPayloads)
    func formulaPayloadIsNeutralisedAndReadsBackWithApostrophe(text: String, written: String) throws {
        #expect(try Self.line([.text(text)]) == written + "\n")
        #expect(try readRows(written + "\n") == [["'" + text]])
    }

    @Test func headerNamesAreNeutralisedToo() throws {
        let output = try CSVWriter.string { writer in
            try writer.write(header: ["id", "=cmd|' /C calc'!A0", "-note"])
        }
        #expect(output == "id,\"'=cmd|' /C calc'!A0\",\"'-note\"\n")
    }

    /// Text that merely contains a trigger later on, or starts with a quote, is left alone:
    /// neutralising it would change ordinary comments.
    @Test func harmlessTextIsNotNeutralised() throws {
        let fields: [CSVField] = [.text("a=b"), .text("1-2"), .text("\"=1\""), .text(" \tnote"), .text("e-mail@x"), .text("'already")]
        let output = try Self.line(fields)
        #expect(output == "a=b,1-2,\"\"\"=1\"\"\", \tnote,e-mail@x,'already\n")
        #expect(try readRows(output) == [["a=b", "1-2", "\"=1\"", " \tnote", "e-mail@x", "'already"]])
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() throws {
        let fields: [CSVField] = [
            .text("plain"), .text("a,b"), .text("say \"hi\""), .text("two\nlines"), .text("cr\rhere"),
            .text("crlf\r\nhere"), .text(" spaced "), .text(""), .text("ünï😀"),
        ]
        let output = try Self.line(fields)
        #expect(output == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\nhere\", spaced ,,ünï😀\n")
        #expect(try readRows(output) == [["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\nhere", " spaced ", "", "ünï😀"]])
    }

    @Test func numbersAreWrittenAsTheyAreAndNeverNeutralised() throws {
        let fields: [CSVField] = [
            .integer(0), .integer(-42), .integer(Int.min), .decimal(-2.5, fractionDigits: 2), .decimal(3.14159, fractionDigits: 3),
            .decimal(2, fractionDigits: 0), .decimal(-0.001, fractionDigits: 2), .decimal(1e20, fractionDigits: 1),
            .decimal(0.125, fractionDigits: 2), .decimal(2.675, fractionDigits: 2), .decimal(.nan, fractionDigits: 2),
            .decimal(-.infinity, fractionDigits: 1), .empty,
        ]
        #expect(try Self.line(fields) == "0,-42,-9223372036854775808,-2.50,3.142,2,0.00,100000000000000000000.0,0.12,2.67,,,\n")
    }

    @Test func numbersReadBackUnchanged() throws {
        let output = try Self.line([.integer(-7), .decimal(-1.75, fractionDigits: 2), .empty, .integer(12)])
        let rows = try readRows(output)
        #expect(rows == [["-7", "-1.75", "", "12"]])
    }

    /// A record with one empty field must not become a blank line, which readers skip.
    @Test func aLoneEmptyFieldIsQuoted() throws {
        let output = try CSVWriter.string { writer in
            try writer.write(row: [.text("")])
            try writer.write(row: [.empty])
            try writer.write(row: [.decimal(.nan, fractionDigits: 1)])
            try writer.write(row: [.empty, .empty])
        }
        #expect(output == "\"\"\n\"\"\n\"\"\n,\n")
        #expect(try readRows(output) == [[""], [""], [""], ["", ""]])
    }

    /// At the start of a file a leading U+FEFF would be read as a byte order mark and lost.
    @Test func leadingByteOrderMarkCharacterIsQuoted() throws {
        let output = try CSVWriter.string { writer in
            try writer.write(row: [.text("\u{FEFF}"), .text("a\u{FEFF}")])
            try writer.write(row: [.text("\u{FEFF}x")])
        }
        #expect(output == "\"\u{FEFF}\",a\u{FEFF}\n\"\u{FEFF}x\"\n")
        #expect(try readRows(output) == [["\u{FEFF}", "a\u{FEFF}"], ["\u{FEFF}x"]])
    }

    @Test func lineEndingIsConfigurable() throws {
        let build: (CSVWriter) throws -> Void = { writer in
            try writer.write(header: ["a", "b"])
            try writer.write(row: [.integer(1), .text("x\ny")])
        }
        #expect(try CSVWriter.string(build) == "a,b\n1,\"x\ny\"\n")
        #expect(try CSVWriter.string(lineEnding: .crlf, build) == "a,b\r\n1,\"x\ny\"\r\n")
        #expect(try CSVWriter.bytes(lineEnding: .crlf, build) == Array("a,b\r\n1,\"x\ny\"\r\n".utf8))
    }

    @Test func sinkReceivesBoundedBlocksOnlyAsTheyFill() throws {
        var blocks: [[UInt8]] = []
        let writer = CSVWriter { block in blocks.append(Array(block)) }
        let row: [CSVField] = [.text(String(repeating: "x", count: 100)), .integer(1)]
        try writer.write(row: row)
        #expect(blocks.isEmpty)
        for _ in 0..<2000 {
            try writer.write(row: row)
        }
        try writer.finish()
        let expected = try CSVWriter.bytes { writer in
            for _ in 0..<2001 {
                try writer.write(row: row)
            }
        }
        #expect(blocks.count > 1)
        #expect(blocks.allSatisfy { $0.count < CSVWriter.blockSize + 200 })
        #expect(blocks.flatMap { $0 } == expected)
    }

    @Test func sinkErrorsPropagate() {
        let writer = CSVWriter { _ in throw StopReading(atRow: 0) }
        #expect(throws: StopReading(atRow: 0)) {
            try writer.write(row: [.text("x")])
            try writer.finish()
        }
    }

    @Test func writesToAFileDescriptor() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("out.csv")
        try writeFile(at: url, lineEnding: .crlf) { writer in
            try writer.write(header: ["name", "score"])
            for index in 0..<5000 {
                try writer.write(row: [.text("row \(index)"), .decimal(Double(index) / 4, fractionDigits: 2)])
            }
        }
        var count = 0
        var last: [String] = []
        try CSVReader(path: url.path).forEachRow { row in
            count += 1
            last = row.strings()
        }
        #expect(count == 5001)
        #expect(last == ["row 4999", "1249.75"])
    }

    @Test func writeFailureIsAnIOError() {
        let writer = CSVWriter(fileDescriptor: -1, name: "closed.csv")
        let error = #expect(throws: CSVError.self) {
            try writer.write(row: [.text("x")])
            try writer.finish()
        }
        #expect(error?.code == .io)
        #expect(error?.path == "closed.csv")
    }
}
