import Foundation
import Testing

@testable import HavenCSV

/// Reading ahead on another thread must be invisible to the caller: the same records in the
/// same order, the same errors after the same records, and a stop from the caller honoured.
@Suite struct ReadAheadTests {
    /// Many records, some with quoted line breaks, spread over many small chunks and batches.
    static let text: String = {
        var text = "id,answer,comment\n"
        for row in 0..<30_000 {
            text += row % 7 == 0 ? "\(row),\(row % 5),\"two\nlines, \"\"quoted\"\"\"\n" : "\(row),\(row % 5),\n"
        }
        return text
    }()

    private func records(_ bytes: [UInt8], ahead: Bool, chunkSize: Int = 1 << 20) throws -> [([String], Int, Int)] {
        var options = CSVReader.Options()
        options.chunkSize = chunkSize
        let reader = CSVReader(bytes: bytes, name: "test.csv", options: options)
        var rows: [([String], Int, Int)] = []
        let body = { (row: CSVRow) in rows.append((row.strings(), row.number, row.byteOffset)) }
        if ahead {
            try reader.forEachRowReadingAhead(body)
        } else {
            try reader.forEachRow(body)
        }
        #expect(reader.bytesConsumed == bytes.count)
        return rows
    }

    @Test func sameRecordsInTheSameOrder() throws {
        let bytes = Array(Self.text.utf8)
        for chunkSize in [1 << 20, 4096, 7] {
            let plain = try records(bytes, ahead: false, chunkSize: chunkSize)
            let ahead = try records(bytes, ahead: true, chunkSize: chunkSize)
            #expect(plain.count == 30_001)
            #expect(ahead.map(\.0) == plain.map(\.0))
            #expect(ahead.map(\.1) == plain.map(\.1))
            #expect(ahead.map(\.2) == plain.map(\.2))
        }
    }

    @Test("a mark made on the parsing thread, from the records before, comes with its own record")
    func marksComeWithTheirRecords() throws {
        // Every record marked, in file order, by whether its answer repeats an earlier record's:
        // the marker's state runs across batches, as a repeated-id check's does.
        var text = "id,answer\n"
        for row in 0..<30_000 {
            text += "\(row),\(row * 7919 % 20_000)\n"
        }
        var answersSeen: Set<String> = []
        var marked: [Int] = []
        let mark = { (row: CSVRow) -> Bool in
            marked.append(row.number)
            return row.number > 1 && !answersSeen.insert(row.string(at: 1)).inserted
        }
        var expected: Set<String> = []
        var repeats = 0
        try CSVReader(bytes: Array(text.utf8), name: "test.csv").forEachRowReadingAhead(marking: mark) { row, repeated in
            let isRepeat = row.number > 1 && !expected.insert(row.string(at: 1)).inserted
            #expect(repeated == isRepeat, "row \(row.number)")
            if repeated { repeats += 1 }
        }
        #expect(marked == Array(1...30_001))
        #expect(repeats == 30_000 - Set((0..<30_000).map { $0 * 7919 % 20_000 }).count)
        #expect(repeats > 0)
    }

    @Test func parserErrorComesAfterEveryEarlierRecord() throws {
        let bytes = Array((Self.text + "30000,x\"y,\n").utf8)
        var seen = 0
        let error = try #require(throws: CSVError.self) {
            try CSVReader(bytes: bytes, name: "test.csv").forEachRowReadingAhead { _ in seen += 1 }
        }
        #expect(seen == 30_001)
        #expect((error.row, error.column) == (30_002, 2))
    }

    @Test func callerErrorStopsTheReaderAndComesBackUnchanged() throws {
        let bytes = Array(Self.text.utf8)
        var last = 0
        #expect(throws: StopReading(atRow: 12_345)) {
            try CSVReader(bytes: bytes, name: "test.csv").forEachRowReadingAhead { row in
                last = row.number
                if row.number == 12_345 { throw StopReading(atRow: row.number) }
            }
        }
        #expect(last == 12_345)
    }

    @Test func fileInputAndItsSize() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("in.csv")
        try Data(Self.text.utf8).write(to: url)
        let reader = CSVReader(path: url.path)
        var count = 0
        try reader.forEachRowReadingAhead { _ in count += 1 }
        #expect(count == 30_001)
        #expect(reader.fileSize == Self.text.utf8.count)
        #expect(reader.bytesConsumed == Self.text.utf8.count)
        #expect(throws: CSVError.self) {
            try CSVReader(path: folder.appendingPathComponent("missing.csv").path).forEachRowReadingAhead { _ in }
        }
    }
}
