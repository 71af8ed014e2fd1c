/// The line break ``CSVWriter`` puts after each record.
public enum CSVLineEnding: Sendable, Hashable {
    /// `\n`, the default: what Unix tools, Python's `csv` module and diffs expect.
    case lf
    /// `\r\n`, as RFC 4180 specifies; some older Windows tools want it.
    case crlf

    var bytes: [UInt8] {
        switch self {
        case .lf: [0x0A]
        case .crlf: [0x0D, 0x0A]
        }
    }
}
