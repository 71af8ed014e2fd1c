/// The error thrown by response stores: what failed, in words a kiosk operator or manager can act on.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure; stable, for tests and scripts.
    public enum Code: String, Sendable {
        /// The store file cannot be opened or created.
        case cannotOpen = "cannot-open"
        /// The store was written by a newer version of Haven.
        case newerVersion = "newer-version"
        /// A participation code is unknown or already used (deliberately not saying which).
        case codeRefused = "code-refused"
        /// This exact file was imported before.
        case duplicateImport = "duplicate-import"
        /// The database reported a failure.
        case database
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
