import Foundation
import Testing

@testable import HavenCSV

/// Reads in-memory CSV and returns every record's fields as strings.
func readRows(_ bytes: [UInt8], options: CSVReader.Options = CSVReader.Options(), chunkSize: Int? = nil) throws -> [[String]] {
    var options = options
    if let chunkSize {
        options.chunkSize = chunkSize
    }
    var rows: [[String]] = []
    try CSVReader(bytes: bytes, name: "test.csv", options: options).forEachRow { row in
        rows.append(row.strings())
    }
    return rows
}

/// Reads in-memory CSV and returns every record's fields as strings.
func readRows(_ text: String, options: CSVReader.Options = CSVReader.Options(), chunkSize: Int? = nil) throws -> [[String]] {
    try readRows(Array(text.utf8), options: options, chunkSize: chunkSize)
}

/// The `CSVError` that reading `bytes` throws, or nil (recorded as a test failure) if none.
func readError(_ bytes: [UInt8], chunkSize: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> CSVError? {
    #expect(throws: CSVError.self, sourceLocation: sourceLocation) {
        _ = try readRows(bytes, chunkSize: chunkSize)
    }
}

/// A fresh directory under the system's temporary directory, removed by the caller.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-csv-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `rows` to a new file at `url` through `CSVWriter(fileDescriptor:)`.
func writeFile(at url: URL, lineEnding: CSVLineEnding = .lf, _ build: (CSVWriter) throws -> Void) throws {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let writer = CSVWriter(fileDescriptor: descriptor, name: url.path, lineEnding: lineEnding)
    try build(writer)
    try writer.finish()
}

/// A failure raised by a test's own row closure, to check that it comes back unchanged.
struct StopReading: Error, Equatable {
    let atRow: Int
}
