/// The one error type of the CSV layer: every failure, whether from the file system, the
/// parser or the UTF-8 check, says where it happened and what the person holding the file
/// can do about it, so callers can show it as it is.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure; stable, for tests and scripts.
    public enum Code: String, Sendable, Hashable {
        /// The bytes are not well-formed CSV (strict mode), e.g. a stray or missing quote.
        case parse = "parse"
        /// A field is not valid UTF-8.
        case invalidUTF8 = "invalid-utf8"
        /// Opening, reading or writing a file failed.
        case io = "io"
        /// A record is longer than ``CSVReader/Options/maximumRecordBytes``.
        case tooLarge = "too-large"
        /// Memory for a record could not be allocated.
        case outOfMemory = "out-of-memory"
    }

    /// The kind of failure.
    public var code: Code
    /// The file path, or the name the caller gave to in-memory input.
    public var path: String
    /// The 1-based record number (the header is record 1), when the failure belongs to a record.
    public var row: Int?
    /// The 1-based field index within ``row``, when known.
    public var column: Int?
    /// The 0-based byte offset in the file (a UTF-8 byte order mark counts), when known.
    public var byteOffset: Int?
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates an error; the position is optional because I/O failures have none.
    public init(
        _ code: Code,
        path: String,
        row: Int? = nil,
        column: Int? = nil,
        byteOffset: Int? = nil,
        message: String
    ) {
        self.code = code
        self.path = path
        self.row = row
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `path:row:column: message (byte N)`, the shape editors and terminals turn into links;
    /// parts that are unknown are left out.
    public var description: String {
        var location = path
        if let row {
            location += ":\(row)"
            if let column {
                location += ":\(column)"
            }
        }
        var text = "\(location): \(message)"
        if let byteOffset {
            text += " (byte \(byteOffset))"
        }
        return text
    }
}
