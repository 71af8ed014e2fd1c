import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming CSV reader built on libcsv: memory stays constant whatever the file size (one
/// read buffer of about 1 MiB plus buffers the size of the largest record).
///
/// ```swift
/// let reader = CSVReader(path: "responses.csv")
/// try reader.forEachRow { row in
///     if row.number == 1 { header = row.strings(); return }
///     let score = row.int(at: 6)
/// }
/// ```
///
/// What it accepts (RFC 4180): comma-separated fields; fields in double quotes may contain
/// commas, doubled quotes and line breaks (CR, LF or CRLF). Spaces and tabs around unquoted
/// fields are kept as part of the field. A UTF-8 byte order mark at the start is skipped.
/// Lines may end in CR, LF or CRLF. Blank lines are skipped and are not records, so
/// ``CSVRow/number`` counts records (header = 1), not lines.
///
/// With the default ``Options`` any malformed input stops the read with a ``CSVError``
/// that gives the record, field and byte offset.
public final class CSVReader {
    private enum Input {
        case file(path: String)
        case bytes([UInt8])
    }

    /// Capacities of the buffers that are reused from record to record; kept so tests can show
    /// that memory follows the largest record rather than the file size.
    struct BufferUsage: Equatable {
        var rowBytes: Int
        var rowFields: Int
        var parserBytes: Int
    }

    private let input: Input
    /// The file path, or the name given for in-memory input; errors carry it.
    public let name: String
    /// How strictly the input is checked.
    public let options: Options

    /// Input bytes consumed so far, for a progress bar against ``fileSize``: inside the row
    /// closure, through the line break that ended the record being handled (through the CR of
    /// a CRLF); after a complete read, the whole input.
    public private(set) var bytesConsumed = 0
    /// The size of the input in bytes when it is known up front: from the start for in-memory
    /// input, once ``forEachRow(_:)`` has opened it for a regular file, never for a pipe.
    public private(set) var fileSize: Int?
    /// The buffer capacities reached by the last read.
    private(set) var bufferUsage = BufferUsage(rowBytes: 0, rowFields: 0, parserBytes: 0)

    /// A reader for the file at `path`. Nothing is opened until ``forEachRow(_:)``.
    public init(path: String, options: Options = Options()) {
        self.input = .file(path: path)
        self.name = path
        self.options = options
    }

    /// A reader for bytes already in memory; `name` stands in for the path in errors.
    public init(bytes: [UInt8], name: String = "<memory>", options: Options = Options()) {
        self.input = .bytes(bytes)
        self.name = name
        self.options = options
        self.fileSize = bytes.count
    }

    /// Reads the whole input from the start, calling `body` once per record in file order.
    ///
    /// `body` may throw to stop reading early; its error is rethrown unchanged. Problems with
    /// the input itself are thrown as ``CSVError``. Every resource is released before this
    /// returns or throws, and calling it again reads the input again.
    public func forEachRow(_ body: (CSVRow) throws -> Void) throws {
        bytesConsumed = 0
        let chunkSize = max(options.chunkSize, 4)
        switch input {
        case .file(let path):
            var source = try FileChunkSource(path: path, chunkSize: chunkSize)
            fileSize = source.size
            try read(from: &source, body)
        case .bytes(let bytes):
            try bytes.withUnsafeBytes { raw in
                var source = MemoryChunkSource(bytes: raw, chunkSize: chunkSize)
                try read(from: &source, body)
            }
        }
    }

    /// Like ``forEachRow(_:)``, with the parsing done on another thread a few thousand records
    /// ahead of `body`, so that a caller with work of its own per record keeps both of two cores
    /// busy. `body` still runs on the calling thread, once per record in file order, and sees the
    /// same records, errors and ``bytesConsumed`` as with ``forEachRow(_:)``; memory grows by a
    /// few batches of records (about 1 MB).
    public func forEachRowReadingAhead(_ body: (CSVRow) throws -> Void) throws {
        try forEachRowReadingAhead(marking: { _ in false }) { row, _ in try body(row) }
    }

    /// Like ``forEachRowReadingAhead(_:)``, with `mark` called on the parsing thread for every
    /// record, in file order, before `body` is: `body` gets its answer with the record. For work
    /// per record that needs only the records before it, taken off a caller whose own work per
    /// record is the slower of the two threads. `mark` and `body` run at the same time on
    /// different threads, so they must share no mutable state.
    public func forEachRowReadingAhead(marking mark: @escaping (CSVRow) -> Bool, _ body: (CSVRow, Bool) throws -> Void) throws {
        bytesConsumed = 0
        // The parser gets its own reader, so this one's counters are only touched here.
        let parser: CSVReader
        switch input {
        case .file(let path): parser = CSVReader(path: path, options: options)
        case .bytes(let bytes): parser = CSVReader(bytes: bytes, name: name, options: options)
        }
        let ring = ReadAhead()
        let thread = DispatchQueue(label: "HavenCSV.read-ahead")
        nonisolated(unsafe) let unsafeParser = parser
        nonisolated(unsafe) let unsafeMark = mark
        thread.async { ring.produce(unsafeParser, marking: unsafeMark) }
        defer { fileSize = parser.fileSize }
        try ring.consume { row, marked in
            self.bytesConsumed = row.endByteOffset
            if self.fileSize == nil, row.number == 1 {
                self.fileSize = parser.fileSize
            }
            try body(row, marked)
        }
        bytesConsumed = parser.bytesConsumed
    }

    private func read<Source: ChunkSource & ~Copyable>(
        from source: inout Source,
        _ body: (CSVRow) throws -> Void
    ) throws {
        var session = try ParseSession(name: name, options: options)
        defer { bufferUsage = session.bufferUsage }
        let deliver = { (row: CSVRow) throws -> Void in
            self.bytesConsumed = row.endByteOffset
            try body(row)
        }
        while true {
            let chunk = try source.nextChunk()
            if chunk.isEmpty {
                break
            }
            try session.consume(chunk, deliver)
        }
        try session.finish(source: source, deliver)
        bytesConsumed = session.chunkOffset
    }
}
