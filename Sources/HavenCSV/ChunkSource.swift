/// Where the reader's bytes come from: a file read in chunks, or bytes already in memory.
/// The parse loop is generic over it so each kind is specialised without indirection.
protocol ChunkSource: ~Copyable {
    /// The total size of the input when it is known before reading (regular files, memory).
    var size: Int? { get }

    /// The next bytes of the input, valid until the next call; empty at the end.
    mutating func nextChunk() throws(CSVError) -> UnsafeRawBufferPointer

    /// Copies bytes starting at `offset` into `buffer` without disturbing ``nextChunk()``;
    /// the number copied (0 at the end), or nil if the input cannot be read there again.
    /// Only error reporting uses it, to point back at where an unclosed quoted field began.
    func readBytes(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int?
}
