internal import CLibCSV

/// One pass over one input: owns the libcsv parser and the record buffer, slices the input at
/// line breaks, checks UTF-8, tracks record numbers and offsets, and hands each complete
/// record to the caller.
///
/// Records are delivered between `csv_parse` calls, never from inside libcsv's callbacks, so
/// the caller's closure may throw. Because every slice ends at the first CR or LF, at most one
/// record can end per `csv_parse` call, and it ends at the slice's last byte.
struct ParseSession: ~Copyable {
    private let parser: UnsafeMutablePointer<csv_parser>
    private let row: UnsafeMutablePointer<RowBuffer>
    private let name: String
    private let nonASCIIMask: UInt64
    private let maximumRecordBytes: Int

    /// The file offset of the first byte of the current chunk; after the last, the input size.
    private(set) var chunkOffset = 0
    private var recordStart = 0
    /// True between records, where libcsv skips line breaks (blank lines are not records).
    private var atRecordStart = true
    private var sawFirstChunk = false
    private var completedRecords = 0
    private var utf8 = UTF8Validator()

    private static let byteOrderMark: (UInt8, UInt8, UInt8) = (0xEF, 0xBB, 0xBF)
    private static let quote = UInt8(ascii: "\"")
    /// libcsv grows its field buffer linearly by this much; the default (128) would mean
    /// thousands of reallocations for one long comment.
    private static let parserBlockSize = 16 * 1024

    init(name: String, options: CSVReader.Options) throws(CSVError) {
        guard let buffer = RowBuffer() else {
            throw CSVError(.outOfMemory, path: name, message: "not enough memory to start reading")
        }
        let row = UnsafeMutablePointer<RowBuffer>.allocate(capacity: 1)
        row.initialize(to: buffer)
        let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        let flags = options.isStrict ? UInt8(CSV_STRICT | CSV_STRICT_FINI) : 0
        guard csv_init(parser, flags) == 0 else {
            parser.deallocate()
            row.deinitialize(count: 1)
            row.deallocate()
            throw CSVError(.outOfMemory, path: name, message: "the CSV parser could not be initialised")
        }
        csv_set_space_func(parser, csvNothingIsSpace)
        csv_set_blk_size(parser, Self.parserBlockSize)
        self.parser = parser
        self.row = row
        self.name = name
        self.nonASCIIMask = options.validatesUTF8 ? LineBreakScanner.stopAtNonASCII : 0
        self.maximumRecordBytes = options.maximumRecordBytes
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        row.deinitialize(count: 1)
        row.deallocate()
    }

    /// Capacities of the reused buffers, for the constant-memory test.
    var bufferUsage: CSVReader.BufferUsage {
        CSVReader.BufferUsage(
            rowBytes: row.pointee.byteCapacity,
            rowFields: row.pointee.fieldCapacity,
            parserBytes: csv_get_buffer_size(parser)
        )
    }

    /// Parses one chunk, delivering every record that ends inside it.
    mutating func consume(_ chunk: UnsafeRawBufferPointer, _ body: (CSVRow) throws -> Void) throws {
        guard let start = chunk.baseAddress, !chunk.isEmpty else {
            return
        }
        let base = start.assumingMemoryBound(to: UInt8.self)
        let count = chunk.count
        var index = 0
        if !sawFirstChunk {
            sawFirstChunk = true
            if count >= 3, (base[0], base[1], base[2]) == Self.byteOrderMark {
                index = 3
            }
        }
        var sliceStart = index
        scanning: while true {
            if atRecordStart {
                while index < count, base[index] == 0x0A || base[index] == 0x0D {
                    index += 1
                }
                sliceStart = index
                if index == count {
                    break scanning
                }
                recordStart = chunkOffset + index
                atRecordStart = false
            }
            while utf8.isInsideSequence {
                if index == count {
                    break scanning
                }
                guard utf8.accept(base[index]) else {
                    try feed(base, from: sliceStart, to: index)
                    throw failure(.invalidUTF8, at: utf8.leadOffset, Self.invalidUTF8Message)
                }
                index += 1
            }
            let stop = LineBreakScanner.firstStop(in: base, from: index, to: count, nonASCIIMask: nonASCIIMask)
            if stop == count {
                break scanning
            }
            if base[stop] >= 0x80 {
                guard utf8.begin(base[stop], at: chunkOffset + stop) else {
                    try feed(base, from: sliceStart, to: stop)
                    throw failure(.invalidUTF8, at: chunkOffset + stop, Self.invalidUTF8Message)
                }
                index = stop + 1
                continue scanning
            }
            index = stop + 1
            try feed(base, from: sliceStart, to: index)
            sliceStart = index
            if row.pointee.rowEnded {
                try deliverRow(endingAt: chunkOffset + index, body)
            } else {
                try checkRecordLength(endingAt: chunkOffset + index)
            }
        }
        try feed(base, from: sliceStart, to: count)
        if !atRecordStart {
            try checkRecordLength(endingAt: chunkOffset + count)
        }
        chunkOffset += count
    }

    /// Ends the input: a last record without a line break is delivered, and a quoted field
    /// still open (strict mode) or a character cut off at the end is reported.
    mutating func finish<Source: ChunkSource & ~Copyable>(
        source: borrowing Source,
        _ body: (CSVRow) throws -> Void
    ) throws {
        if utf8.isInsideSequence {
            throw failure(.invalidUTF8, at: utf8.leadOffset, Self.invalidUTF8Message)
        }
        let status = csv_fini(parser, csvFieldCallback, csvRowCallback, UnsafeMutableRawPointer(row))
        try checkAllocation()
        if status != 0 {
            let column = row.pointee.fieldCount + 1
            let opening = FieldStartLocator.offset(ofField: column, inRecordAt: recordStart, of: source)
            throw failure(.parse, at: opening ?? recordStart, Self.unclosedQuoteMessage)
        }
        if row.pointee.rowEnded {
            try deliverRow(endingAt: chunkOffset, body)
        }
    }

    /// Passes `start..<end` of the chunk to libcsv and turns its failures into ``CSVError``s.
    @inline(__always)
    private mutating func feed(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) throws(CSVError) {
        let length = end - start
        guard length > 0 else {
            return
        }
        let parsed = csv_parse(parser, base + start, length, csvFieldCallback, csvRowCallback, UnsafeMutableRawPointer(row))
        try checkAllocation()
        guard parsed == length else {
            throw parserFailure(offendingByte: base[start + parsed], at: chunkOffset + start + parsed)
        }
    }

    private mutating func deliverRow(endingAt end: Int, _ body: (CSVRow) throws -> Void) throws {
        try checkRecordLength(endingAt: end)
        completedRecords += 1
        let record = CSVRow(
            bytes: row.pointee.bytes,
            fieldEnds: row.pointee.fieldEnds,
            count: row.pointee.fieldCount,
            number: completedRecords,
            byteOffset: recordStart,
            endByteOffset: end
        )
        try body(record)
        row.pointee.startNextRow()
        atRecordStart = true
    }

    private func checkRecordLength(endingAt end: Int) throws(CSVError) {
        guard end - recordStart > maximumRecordBytes else {
            return
        }
        throw failure(
            .tooLarge,
            at: recordStart,
            "the record is longer than \(maximumRecordBytes) bytes; a quoted field is probably missing its closing quote (\")"
        )
    }

    private func checkAllocation() throws(CSVError) {
        if row.pointee.allocationFailed {
            throw failure(.outOfMemory, at: recordStart, "not enough memory to hold this record")
        }
    }

    private func parserFailure(offendingByte: UInt8, at offset: Int) -> CSVError {
        switch Int32(csv_error(parser)) {
        case CSV_EPARSE where offendingByte == Self.quote:
            return failure(.parse, at: offset, Self.strayQuoteMessage)
        case CSV_EPARSE:
            return failure(.parse, at: offset, Self.textAfterClosingQuoteMessage)
        case CSV_ETOOBIG:
            return failure(.tooLarge, at: recordStart, "the field is too large to hold in memory")
        default:
            return failure(.outOfMemory, at: recordStart, "not enough memory to hold this field")
        }
    }

    /// An error in the record being parsed, at the field libcsv is working on. Messages never
    /// quote the file's content: survey answers must not leak into logs.
    private func failure(_ code: CSVError.Code, at offset: Int, _ message: String) -> CSVError {
        CSVError(
            code,
            path: name,
            row: completedRecords + 1,
            column: row.pointee.fieldCount + 1,
            byteOffset: offset,
            message: message
        )
    }

    private static let strayQuoteMessage =
        "a quote character inside an unquoted field; quote the whole field and double the inner quote (\"\")"
    private static let textAfterClosingQuoteMessage =
        "text after the closing quote of a quoted field; a closing quote must be followed by a comma or a line break, and a quote that is part of the text must be doubled (\"\")"
    private static let unclosedQuoteMessage =
        "a quoted field is never closed; add the closing quote (\") at the end of the field and double any quote inside it (\"\")"
    private static let invalidUTF8Message = "not valid UTF-8; save the file as UTF-8"
}
