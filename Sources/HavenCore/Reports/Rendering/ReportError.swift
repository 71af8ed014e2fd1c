/// Why a report could not be rendered: a template folder or template that cannot be used. Says
/// which file, where, and what to do.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
