#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file with read(2) into one buffer that is reused for every chunk, so memory stays
/// the same whatever the file size. Owns the descriptor and the buffer and releases both
/// however reading ends.
struct FileChunkSource: ~Copyable, ChunkSource {
    private let path: String
    private let descriptor: Int32
    private let buffer: UnsafeMutableRawPointer
    private let capacity: Int
    let size: Int?

    /// Opens `path` for reading; `chunkSize` must be positive.
    init(path: String, chunkSize: Int) throws(CSVError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = systemErrorMessage(errno)
            throw CSVError(.io, path: path, message: "cannot open the file (\(reason)); check the path and that you may read it")
        }
        var status = stat()
        let isRegularFile = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        guard let buffer = malloc(chunkSize) else {
            close(descriptor)
            throw CSVError(.outOfMemory, path: path, message: "not enough memory for a \(chunkSize)-byte read buffer")
        }
        self.path = path
        self.descriptor = descriptor
        self.buffer = buffer
        self.capacity = chunkSize
        self.size = isRegularFile ? Int(status.st_size) : nil
    }

    deinit {
        free(buffer)
        close(descriptor)
    }

    /// Fills the whole buffer unless the file ends first, so chunk boundaries do not depend on
    /// how the kernel happens to split reads (pipes deliver little at a time).
    mutating func nextChunk() throws(CSVError) -> UnsafeRawBufferPointer {
        var filled = 0
        while filled < capacity {
            let count = read(descriptor, buffer + filled, capacity - filled)
            if count > 0 {
                filled += count
            } else if count == 0 {
                break
            } else if errno != EINTR {
                let reason = systemErrorMessage(errno)
                throw CSVError(.io, path: path, message: "cannot read the file (\(reason))")
            }
        }
        return UnsafeRawBufferPointer(start: buffer, count: filled)
    }

    func readBytes(at offset: Int, into target: UnsafeMutableRawBufferPointer) -> Int? {
        guard let base = target.baseAddress else {
            return 0
        }
        while true {
            let count = pread(descriptor, base, target.count, off_t(offset))
            if count >= 0 {
                return count
            }
            if errno != EINTR {
                return nil
            }
        }
    }
}
