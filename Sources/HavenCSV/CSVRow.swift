/// One record of a CSV file, as handed to the closure of ``CSVReader/forEachRow(_:)``.
///
/// A `CSVRow` is a view of the reader's reused buffers: it is valid only inside that closure
/// and must not be stored or escape it (copy what you need with ``string(at:)`` or
/// ``strings()``). Reading fields through ``withFieldBytes(at:_:)``, ``field(at:equals:)``,
/// ``int(at:)`` and ``byteCount(at:)`` allocates nothing.
///
/// Field indices are 0-based and must be less than ``count``, like array indices; check
/// ``count`` first, since a file can have short rows.
public struct CSVRow {
    @usableFromInline let bytes: UnsafePointer<UInt8>
    @usableFromInline let fieldEnds: UnsafePointer<Int>

    /// The number of fields in this record.
    public let count: Int
    /// The 1-based record number: the header is record 1, as in a spreadsheet. A record whose
    /// quoted fields contain line breaks counts once, and blank lines are not records, so this
    /// can differ from the line number in a text editor.
    public let number: Int
    /// The 0-based byte offset in the file where this record starts (a byte order mark counts).
    public let byteOffset: Int
    /// The byte offset just past the CR or LF that ended this record (the CR of a CRLF), or
    /// the input size for a last record without a line break; feeds ``CSVReader/bytesConsumed``.
    let endByteOffset: Int

    init(bytes: UnsafePointer<UInt8>, fieldEnds: UnsafePointer<Int>, count: Int, number: Int, byteOffset: Int, endByteOffset: Int) {
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.count = count
        self.number = number
        self.byteOffset = byteOffset
        self.endByteOffset = endByteOffset
    }

    @inlinable
    func bounds(ofField index: Int) -> Range<Int> {
        precondition(index >= 0 && index < count, "CSV field index out of range")
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return start..<fieldEnds[index]
    }

    /// Calls `body` with the field's bytes (quotes removed, doubled quotes undone). The
    /// buffer is valid only during the call.
    @inlinable
    public func withFieldBytes<Result, Failure: Error>(
        at index: Int,
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let range = bounds(ofField: index)
        return try body(UnsafeRawBufferPointer(start: bytes + range.lowerBound, count: range.count))
    }

    /// The length of the field in bytes; 0 for an empty field.
    @inlinable
    public func byteCount(at index: Int) -> Int {
        bounds(ofField: index).count
    }

    /// Whether the field's bytes are exactly the UTF-8 of `text`, compared without allocating;
    /// meant for matching header names and codes such as `"nurse"`.
    @inlinable
    public func field(at index: Int, equals text: String) -> Bool {
        let range = bounds(ofField: index)
        let field = UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
        let utf8 = text.utf8
        if let equal = utf8.withContiguousStorageIfAvailable({ $0.elementsEqual(field) }) {
            return equal
        }
        return utf8.elementsEqual(field)
    }

    /// The field as a decimal integer (ASCII digits with an optional leading `-` or `+`),
    /// or nil if it is empty, has anything else in it (spaces included) or does not fit in `Int`.
    @inlinable
    public func int(at index: Int) -> Int? {
        let range = bounds(ofField: index)
        guard !range.isEmpty else {
            return nil
        }
        var position = range.lowerBound
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative || bytes[position] == UInt8(ascii: "+") {
            position += 1
        }
        guard position < range.upperBound else {
            return nil
        }
        var value = 0
        while position < range.upperBound {
            let digit = Int(bytes[position]) &- 0x30
            guard digit >= 0, digit <= 9 else {
                return nil
            }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else {
                return nil
            }
            value = next
            position += 1
        }
        return value
    }

    /// The field as a `String` (this allocates). If the reader does not check UTF-8, invalid
    /// bytes come out as U+FFFD.
    public func string(at index: Int) -> String {
        withFieldBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// All fields as strings, for headers and tests; allocates one string per field.
    public func strings() -> [String] {
        (0..<count).map(string(at:))
    }
}

/// A row points into buffers that the reader reuses for the next record, so it must not cross
/// to another task (or outlive the closure at all).
@available(*, unavailable)
extension CSVRow: Sendable {}
