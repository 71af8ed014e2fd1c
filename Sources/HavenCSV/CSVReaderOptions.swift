extension CSVReader {
    /// How strictly a ``CSVReader`` treats its input. The defaults suit survey exports: anything
    /// malformed stops the read with a precise ``CSVError`` instead of being guessed at.
    public struct Options: Sendable, Hashable {
        /// Rejects a stray quote (`a"b`, `"a"b`) and a quoted field left open at the end of the
        /// input. When off, libcsv's lenient reading applies: stray quotes are kept as text
        /// and an open quoted field runs to the end of the input.
        public var isStrict: Bool
        /// Rejects fields that are not valid UTF-8, so that every ``CSVRow/string(at:)`` is
        /// exactly the text in the file rather than a repaired copy.
        public var validatesUTF8: Bool
        /// The longest record accepted, in bytes of the file (line break included). It bounds
        /// the memory a single record can take; a forgotten closing quote otherwise turns the
        /// rest of the file into one field. Checked at line breaks and at the end of each read
        /// chunk, so a record may overshoot by up to one chunk (1 MiB) before it is stopped.
        public var maximumRecordBytes: Int
        /// Bytes requested from the file per read; tests shrink it so that records straddle
        /// chunk boundaries. Values below 4 are raised to 4 so the byte order mark is always
        /// seen in one piece.
        var chunkSize: Int

        /// Creates options; the defaults are strict, UTF-8-checked and a 16 MiB record limit.
        public init(isStrict: Bool = true, validatesUTF8: Bool = true, maximumRecordBytes: Int = 16 << 20) {
            self.isStrict = isStrict
            self.validatesUTF8 = validatesUTF8
            self.maximumRecordBytes = maximumRecordBytes
            self.chunkSize = 1 << 20
        }
    }
}
