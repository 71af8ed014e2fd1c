#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's wording for an `errno` value, so I/O errors read like the tools people
/// already know (`No such file or directory`).
func systemErrorMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else {
        return "error \(code)"
    }
    return String(cString: text)
}
