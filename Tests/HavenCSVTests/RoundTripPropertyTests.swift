import Foundation
import PropertyBased
import Testing

@testable import HavenCSV

/// Writer → reader round trips over random documents. Every quoting and neutralisation rule
/// is reachable from these pieces: separators, quotes, every line break, blanks at either end,
/// formula triggers, non-ASCII letters, emoji (one with a zero-width joiner) and invisible
/// characters.
@Suite struct RoundTripPropertyTests {
    static let pieces: [String] = [
        "a", "Zz", "7", "0.5", " ", "  ", "\t", ",", "\"", "\"\"", "\r", "\n", "\r\n",
        "=", "+", "-", "@", "'", ";", "é", "ñ", "Ü", "ß", "😀", "👩‍⚕️", "\u{00A0}", "\u{2003}",
        "\u{200B}", "\u{FEFF}", "\u{0}", "SUM(A1)", "x y",
    ]

    static let field = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...8).map { $0.joined() }
    static let document = field.array(of: 1...6).array(of: 1...8)

    /// What the reader must give back for a text field: the text, with `'` in front when its
    /// first character, or first after leading blanks, could start a formula.
    static func expectedReadBack(_ text: String) -> String {
        let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "\0"]
        let blanks = text.unicodeScalars.prefix { $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint }
        let first = text.unicodeScalars.first
        let firstAfterBlanks = text.unicodeScalars.dropFirst(blanks.count).first
        let neutralised = first.map(triggers.contains) == true || firstAfterBlanks.map(triggers.contains) == true
        return neutralised ? "'" + text : text
    }

    static func encode(_ document: [[String]], lineEnding: CSVLineEnding) throws -> [[UInt8]] {
        try document.map { row in
            try CSVWriter.bytes(lineEnding: lineEnding) { writer in
                try writer.write(row: row.map(CSVField.text))
            }
        }
    }

    /// 400 random documents, random line ending, random read chunk size (4–64 bytes).
    @Test func inMemoryRoundTripGivesTheTextBack() async {
        await propertyCheck(count: 400, input: Self.document, Gen.bool, Gen.int(in: 4...64)) { document, crlf, chunkSize in
            let records = try Self.encode(document, lineEnding: crlf ? .crlf : .lf)
            var options = CSVReader.Options()
            options.chunkSize = chunkSize
            let reader = CSVReader(bytes: records.flatMap { $0 }, name: "round-trip", options: options)
            var read: [[String]] = []
            var offsets: [Int] = []
            var ends: [Int] = []
            var numbers: [Int] = []
            try reader.forEachRow { row in
                read.append(row.strings())
                offsets.append(row.byteOffset)
                ends.append(row.endByteOffset)
                numbers.append(row.number)
            }
            let recordEnds = records.reduce(into: [Int]()) { ends, record in ends.append((ends.last ?? 0) + record.count) }
            #expect(read == document.map { $0.map(Self.expectedReadBack) })
            #expect(numbers == Array(1...document.count))
            #expect(offsets == [0] + recordEnds.dropLast())
            // A record ends at its CR or LF; the LF of a CRLF is skipped with what follows.
            #expect(ends == recordEnds.map { crlf ? $0 - 1 : $0 })
            #expect(reader.bytesConsumed == recordEnds.last)
        }
    }

    /// 150 random documents written to a file through a file descriptor and read back in
    /// 7-byte chunks, so records, quoted line breaks and multi-byte characters straddle reads.
    @Test func fileRoundTripWithTinyChunks() async throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("round-trip.csv")
        await propertyCheck(count: 150, input: Self.document, Gen.bool) { document, crlf in
            try writeFile(at: url, lineEnding: crlf ? .crlf : .lf) { writer in
                for row in document {
                    try writer.write(row: row.map(CSVField.text))
                }
            }
            var options = CSVReader.Options()
            options.chunkSize = 7
            let reader = CSVReader(path: url.path, options: options)
            var read: [[String]] = []
            try reader.forEachRow { row in read.append(row.strings()) }
            #expect(read == document.map { $0.map(Self.expectedReadBack) })
            #expect(reader.fileSize == reader.bytesConsumed)
        }
    }
}
