/// Serves in-memory input in chunks of the configured size, so that tests exercise the same
/// chunk-boundary paths as file reading without touching the disk.
struct MemoryChunkSource: ChunkSource {
    private let bytes: UnsafeRawBufferPointer
    private let chunkSize: Int
    private var position = 0

    init(bytes: UnsafeRawBufferPointer, chunkSize: Int) {
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    var size: Int? { bytes.count }

    mutating func nextChunk() -> UnsafeRawBufferPointer {
        let end = position + min(chunkSize, bytes.count - position)
        defer { position = end }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<end])
    }

    func readBytes(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        guard offset >= 0, offset <= bytes.count else {
            return nil
        }
        let count = min(buffer.count, bytes.count - offset)
        buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
        return count
    }
}
