#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a `Double` with a fixed number of fraction digits, never in exponent form and always
/// with `.` as the decimal point, whatever locale the process runs in.
///
/// C's `%.*f` rounds the exact binary value correctly (better than scaling and rounding in
/// floating point, which misrounds large values); its decimal point follows `LC_NUMERIC`, so
/// whatever separator it produced is replaced by `.`.
enum DecimalFormatting {
    /// The most digits `%.*f` needs before the point: `Double.greatestFiniteMagnitude` has 309.
    private static let integerDigitsLimit = 309
    private static let minus = UInt8(ascii: "-")
    private static let zero = UInt8(ascii: "0")

    /// Appends the formatted value; nothing for NaN and infinities.
    static func append(_ value: Double, fractionDigits: Int, to output: inout [UInt8]) {
        precondition((0...20).contains(fractionDigits), "CSVField.decimal needs 0...20 fraction digits")
        guard value.isFinite else {
            return
        }
        var printed = [CChar](repeating: 0, count: integerDigitsLimit + fractionDigits + 16)
        let capacity = printed.count
        let length = printed.withUnsafeMutableBufferPointer { buffer in
            withVaList([Int32(fractionDigits), value]) { arguments in
                vsnprintf(buffer.baseAddress, capacity, "%.*f", arguments)
            }
        }
        guard length > 0, Int(length) < capacity else {
            return
        }
        let start = output.count
        var isZero = true
        var pointWritten = false
        for character in printed[0..<Int(length)] {
            let byte = UInt8(truncatingIfNeeded: character)
            if isDigit(byte) {
                output.append(byte)
                isZero = isZero && byte == zero
            } else if byte != minus, !pointWritten {
                output.append(UInt8(ascii: "."))
                pointWritten = true
            }
        }
        if UInt8(truncatingIfNeeded: printed[0]) == minus, !isZero {
            output.insert(minus, at: start)
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= zero && byte <= zero + 9
    }
}
