/// Writes RFC 4180 CSV, neutralising text that a spreadsheet could run as a formula.
///
/// Output rules:
/// - Fields are separated by `,` and records end with ``lineEnding`` (`\n` by default).
/// - A field is quoted only when it has to be: it contains `,` `"` CR or LF, it was
///   neutralised, it is the only field of its record and empty (an empty line would be read
///   back as no record at all), or it starts with U+FEFF (at the start of a file that would
///   be taken for a byte order mark and dropped). Inner quotes are doubled.
/// - Text (``CSVField/text(_:)`` and header names) whose first character, or first character
///   after leading blanks, is `=` `+` `-` `@` TAB CR LF or NUL is written with a `'` in front
///   and quoted, e.g. `=1+1` becomes `"'=1+1"`; reading it back gives `'=1+1`.
/// - Numbers (``CSVField/integer(_:)``, ``CSVField/decimal(_:fractionDigits:)``) and
///   ``CSVField/empty`` are written as they are: the program made them, and `-3` must stay a
///   number.
///
/// Bytes are collected in a buffer and passed on in blocks of about 64 KiB; call ``finish()``
/// at the end, or the last block is never written. After a write error the output is
/// incomplete and should be discarded.
public final class CSVWriter {
    /// The line break after each record.
    public let lineEnding: CSVLineEnding

    private let lineEndingBytes: [UInt8]
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    private var buffer: [UInt8] = []

    /// How much is collected before the sink is called: large enough that a file descriptor
    /// sees few system calls, small enough to stay constant-memory.
    static let blockSize = 64 * 1024

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

    /// A writer that passes its output, block by block, to `sink`. The buffer is valid only
    /// during the call; errors thrown by `sink` come out of the `write` or ``finish()`` call
    /// that triggered it.
    public init(lineEnding: CSVLineEnding = .lf, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.lineEnding = lineEnding
        self.lineEndingBytes = lineEnding.bytes
        self.sink = sink
        buffer.reserveCapacity(Self.blockSize + Self.blockSize / 4)
    }

    /// A writer that writes to an open file descriptor, which it does not close. `name` (such
    /// as the file's path) is used in ``CSVError``s.
    public convenience init(fileDescriptor: Int32, name: String, lineEnding: CSVLineEnding = .lf) {
        self.init(lineEnding: lineEnding) { block in
            try FileDescriptorOutput.writeAll(block, to: fileDescriptor, name: name)
        }
    }

    /// A writer that keeps everything in memory, for ``bytes(lineEnding:_:)``.
    private init(inMemoryWith lineEnding: CSVLineEnding) {
        self.lineEnding = lineEnding
        self.lineEndingBytes = lineEnding.bytes
        self.sink = nil
    }

    /// Builds a whole CSV document in memory, e.g. for tests or small exports; there is no sink,
    /// so ``finish()`` is not needed.
    public static func bytes(lineEnding: CSVLineEnding = .lf, _ build: (CSVWriter) throws -> Void) rethrows -> [UInt8] {
        let writer = CSVWriter(inMemoryWith: lineEnding)
        try build(writer)
        return writer.buffer
    }

    /// Builds a whole CSV document in memory as a `String`.
    public static func string(lineEnding: CSVLineEnding = .lf, _ build: (CSVWriter) throws -> Void) rethrows -> String {
        String(decoding: try bytes(lineEnding: lineEnding, build), as: UTF8.self)
    }

    /// Writes a header record. Column names are text and are neutralised like any text.
    public func write(header: [String]) throws {
        try write(row: header.map(CSVField.text))
    }

    /// Writes one record. An empty array writes an empty line, which CSV readers (this
    /// package's included) skip, so it does not survive a round trip.
    public func write(row: [CSVField]) throws {
        let alone = row.count == 1
        for (index, field) in row.enumerated() {
            if index > 0 {
                buffer.append(Self.comma)
            }
            append(field, alone: alone)
        }
        buffer.append(contentsOf: lineEndingBytes)
        if buffer.count >= Self.blockSize {
            try flush()
        }
    }

    /// Passes everything still buffered to the sink. Call it once all records are written.
    public func finish() throws {
        try flush()
    }

    private func flush() throws {
        guard let sink, !buffer.isEmpty else {
            return
        }
        try buffer.withUnsafeBytes { try sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func append(_ field: CSVField, alone: Bool) {
        let start = buffer.count
        switch field {
        case .text(let text):
            append(text: text)
        case .integer(let value):
            buffer.append(contentsOf: String(value).utf8)
        case .decimal(let value, let fractionDigits):
            DecimalFormatting.append(value, fractionDigits: fractionDigits, to: &buffer)
        case .empty:
            break
        }
        if alone, buffer.count == start {
            buffer.append(contentsOf: [Self.quote, Self.quote])
        }
    }

    private func append(text: String) {
        let neutralise = FormulaNeutralisation.isNeeded(for: text)
        let needsQuotes = neutralise || text.unicodeScalars.first == Self.byteOrderMark || text.utf8.contains { byte in
            byte == Self.comma || byte == Self.quote || byte == 0x0D || byte == 0x0A
        }
        guard needsQuotes else {
            buffer.append(contentsOf: text.utf8)
            return
        }
        buffer.append(Self.quote)
        if neutralise {
            buffer.append(Self.apostrophe)
        }
        for byte in text.utf8 {
            if byte == Self.quote {
                buffer.append(Self.quote)
            }
            buffer.append(byte)
        }
        buffer.append(Self.quote)
    }
}
