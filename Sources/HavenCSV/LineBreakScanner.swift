/// Finds the next line break (and, when UTF-8 is being checked, the next non-ASCII byte)
/// eight bytes at a time.
///
/// The parse loop hands libcsv one line at a time so that every record's start and end offset
/// is known exactly: libcsv only ends a record on a CR or LF, so a slice that ends on one either
/// ends a record right there or (inside a quoted field) ends none.
enum LineBreakScanner {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    /// The mask that makes ``firstStop(in:from:to:nonASCIIMask:)`` also stop at bytes ≥ 0x80.
    static let stopAtNonASCII: UInt64 = highBits

    /// The index of the first CR, LF or (if `nonASCIIMask` is ``stopAtNonASCII``) non-ASCII
    /// byte in `start..<end`, or `end` if there is none.
    @inline(__always)
    static func firstStop(in base: UnsafePointer<UInt8>, from start: Int, to end: Int, nonASCIIMask: UInt64) -> Int {
        var index = start
        while end - index >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let lf = word ^ lineFeeds
            let cr = word ^ carriageReturns
            // The classic "has a zero byte" test; its lowest flagged byte is always a real match,
            // which is the only one used.
            let found = (((lf &- ones) & ~lf) | ((cr &- ones) & ~cr)) & highBits | (word & nonASCIIMask)
            if found != 0 {
                return index + found.trailingZeroBitCount >> 3
            }
            index += 8
        }
        let stopsAtNonASCII = nonASCIIMask != 0
        while index < end {
            let byte = base[index]
            if byte == 0x0A || byte == 0x0D || (stopsAtNonASCII && byte >= 0x80) {
                return index
            }
            index += 1
        }
        return end
    }
}
