import Foundation
import Testing

@testable import HavenCSV

/// Memory must follow the largest record, never the file size: the reused buffers end a read
/// of many rows exactly as large as they end a read of a few.
@Suite struct ConstantMemoryTests {
    /// A responses file whose middle row carries a comment of `longComment` bytes.
    static func writeResponses(to url: URL, rows: Int, longComment: Int = 0) throws {
        try writeFile(at: url) { writer in
            try writer.write(header: ["response_id", "site", "role", "q01", "q02", "comment"])
            for index in 0..<rows {
                let comment = index == rows / 2 ? String(repeating: "long, \"quoted\"\n", count: longComment / 15) : "ok"
                try writer.write(row: [.integer(index), .text("site-\(index % 40)"), .text("nurse"), .integer(index % 5 + 1), .empty, .text(comment)])
            }
        }
    }

    static func usage(ofFileAt url: URL) throws -> (CSVReader.BufferUsage, rows: Int) {
        var options = CSVReader.Options()
        options.chunkSize = 64 * 1024
        let reader = CSVReader(path: url.path, options: options)
        var rows = 0
        try reader.forEachRow { _ in rows += 1 }
        return (reader.bufferUsage, rows)
    }

    @Test func buffersStayBoundedWhateverTheRowCount() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let small = directory.appendingPathComponent("small.csv")
        let large = directory.appendingPathComponent("large.csv")
        try Self.writeResponses(to: small, rows: 10)
        try Self.writeResponses(to: large, rows: 100_000)

        let (smallUsage, smallRows) = try Self.usage(ofFileAt: small)
        let (largeUsage, largeRows) = try Self.usage(ofFileAt: large)
        #expect(smallRows == 11)
        #expect(largeRows == 100_001)
        #expect(largeUsage == smallUsage)
        #expect(largeUsage.rowBytes == RowBuffer.initialByteCapacity)
        #expect(largeUsage.rowFields == RowBuffer.initialFieldCapacity)
        #expect(largeUsage.parserBytes <= 16 * 1024)
    }

    @Test func buffersGrowOnlyToTheLargestRecord() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("long-comment.csv")
        try Self.writeResponses(to: url, rows: 20_000, longComment: 150_000)
        let (usage, rows) = try Self.usage(ofFileAt: url)
        #expect(rows == 20_001)
        #expect(usage.rowBytes >= 150_000)
        #expect(usage.rowBytes <= 2 * 150_100)
        #expect(usage.parserBytes <= 150_000 + 16 * 1024)
    }
}
