#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fields of the record being parsed, copied out of libcsv's field callback (libcsv reuses
/// its own buffer for the next field) into one byte buffer plus the end offset of each field.
///
/// Both buffers are reused for every record and only grow, so their capacity is the size of the
/// largest record seen, never the size of the file. They are `malloc`ed rather than Swift
/// arrays so that growth can fail softly (reported as ``CSVError/Code/outOfMemory``) instead of
/// trapping, and so that the C callback writes through plain pointers without exclusivity
/// checks or reference counting.
struct RowBuffer: ~Copyable {
    /// The bytes of all fields of the record, one after another.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCapacity: Int
    private(set) var byteCount = 0
    /// `fieldEnds[i]` is where field `i` ends in ``bytes``; it starts where field `i - 1` ends.
    private(set) var fieldEnds: UnsafeMutablePointer<Int>
    private(set) var fieldCapacity: Int
    private(set) var fieldCount = 0
    /// Set by libcsv's row callback; the parse loop delivers the record when it sees it.
    var rowEnded = false
    /// Set when growing a buffer failed; the callback cannot throw, so the parse loop checks it.
    private(set) var allocationFailed = false

    /// Large enough for a typical survey response, so most files never grow the buffers.
    static let initialByteCapacity = 4096
    static let initialFieldCapacity = 64

    /// Returns nil when the initial buffers cannot be allocated.
    init?() {
        guard let byteMemory = malloc(Self.initialByteCapacity) else {
            return nil
        }
        guard let endMemory = malloc(Self.initialFieldCapacity * MemoryLayout<Int>.stride) else {
            free(byteMemory)
            return nil
        }
        bytes = byteMemory.bindMemory(to: UInt8.self, capacity: Self.initialByteCapacity)
        byteCapacity = Self.initialByteCapacity
        fieldEnds = endMemory.bindMemory(to: Int.self, capacity: Self.initialFieldCapacity)
        fieldCapacity = Self.initialFieldCapacity
    }

    deinit {
        free(bytes)
        free(fieldEnds)
    }

    /// Called once per field from the C callback, so it stays branch-light; growth is out of line.
    @inline(__always)
    mutating func appendField(_ source: UnsafeRawPointer?, count: Int) {
        if fieldCount == fieldCapacity || byteCapacity - byteCount < count {
            guard grow(fields: fieldCount + 1, bytes: byteCount + count) else {
                allocationFailed = true
                return
            }
        }
        if count > 0, let source {
            UnsafeMutableRawPointer(bytes + byteCount).copyMemory(from: source, byteCount: count)
        }
        byteCount += count
        fieldEnds[fieldCount] = byteCount
        fieldCount += 1
    }

    /// Forgets the delivered record while keeping the capacity for the next one.
    mutating func startNextRow() {
        byteCount = 0
        fieldCount = 0
        rowEnded = false
    }

    /// Doubles capacity (or more) so that a long record costs a logarithmic number of copies.
    @inline(never)
    private mutating func grow(fields neededFields: Int, bytes neededBytes: Int) -> Bool {
        if neededBytes > byteCapacity {
            let newCapacity = max(neededBytes, byteCapacity * 2)
            guard let memory = realloc(bytes, newCapacity) else {
                return false
            }
            bytes = memory.bindMemory(to: UInt8.self, capacity: newCapacity)
            byteCapacity = newCapacity
        }
        if neededFields > fieldCapacity {
            let newCapacity = max(neededFields, fieldCapacity * 2)
            guard let memory = realloc(fieldEnds, newCapacity * MemoryLayout<Int>.stride) else {
                return false
            }
            fieldEnds = memory.bindMemory(to: Int.self, capacity: newCapacity)
            fieldCapacity = newCapacity
        }
        return true
    }
}
