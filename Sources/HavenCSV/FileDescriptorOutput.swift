#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole blocks to a file descriptor: write(2) may write less than asked (pipes,
/// signals), so it loops until every byte is out or a real error occurs.
enum FileDescriptorOutput {
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws(CSVError) {
        guard let base = bytes.baseAddress else {
            return
        }
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, base + written, bytes.count - written)
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                let reason = count < 0 ? systemErrorMessage(errno) : "nothing was written"
                throw CSVError(.io, path: name, message: "cannot write the file (\(reason)); check the free disk space and the permissions")
            }
        }
    }
}
