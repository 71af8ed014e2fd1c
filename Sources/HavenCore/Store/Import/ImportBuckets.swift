import Foundation

/// An import's responses, each given its random id and set aside in one of several unlinked
/// temporary files chosen by the id's first byte, so that they can be handed to the store in id
/// order.
///
/// The store's table is keyed by the random id, and SQLite appends rows in key order about four
/// times faster than it inserts them at random places in a table larger than its cache (a million
/// rows: 3.5 s against 15 s). Sorting everything would take the whole file in memory; a bucket
/// holds a fixed share of the id range (about 4 MB of rows), so only one bucket is ever sorted in
/// memory, whatever the file's size. The order rows are handed over in depends on the random
/// ids alone, never on the file's order.
final class ImportBuckets {
    /// One response, borrowed from a bucket for the duration of a call.
    struct Record {
        /// The 16 bytes of the response's random id.
        let id: UnsafeRawBufferPointer
        /// The index of the quarter in `periods`.
        let period: Int
        /// The answers in `AnswerEncoding`'s form.
        let answers: UnsafeRawBufferPointer
    }

    /// Rows per bucket are aimed at this many bytes.
    static let targetBucketBytes = 4 << 20
    private static let bufferBytes = 64 << 10
    private static let headerBytes = 16 + 2 + 4

    /// The quarters the rows are in; a record names one by its index.
    private(set) var periods: [Period] = []
    /// How many rows were added.
    private(set) var count = 0
    private var descriptors: [Int32] = []
    private var buffers: [[UInt8]]
    private var sizes: [Int]
    private var random = RandomPool()
    private let folder: String

    /// Buckets for about `expectedBytes` of encoded rows, in temporary files under `folder`.
    init(expectedBytes: Int, folder: String = NSTemporaryDirectory()) {
        let bucketCount = min(256, max(1, expectedBytes / Self.targetBucketBytes))
        buffers = Array(repeating: [], count: bucketCount)
        sizes = Array(repeating: 0, count: bucketCount)
        self.folder = folder
    }

    deinit {
        for descriptor in descriptors where descriptor >= 0 {
            close(descriptor)
        }
    }

    /// Sets a row aside under a fresh random id.
    func append(period: Period, answers: [UInt8]) throws(HavenError) {
        let periodIndex: Int
        if let index = periods.firstIndex(of: period) {
            periodIndex = index
        } else {
            periodIndex = periods.count
            periods.append(period)
        }
        let id = random.next16()
        let bucket = (Int(id.0) * buffers.count) >> 8
        withUnsafeBytes(of: id) { buffers[bucket].append(contentsOf: $0) }
        buffers[bucket].append(UInt8(periodIndex & 0xFF))
        buffers[bucket].append(UInt8(periodIndex >> 8))
        withUnsafeBytes(of: UInt32(answers.count).littleEndian) { buffers[bucket].append(contentsOf: $0) }
        buffers[bucket].append(contentsOf: answers)
        count += 1
        if buffers[bucket].count >= Self.bufferBytes {
            try flush(bucket)
        }
    }

    /// Calls `body` with every row, in id order, one bucket in memory at a time.
    func forEachInIDOrder(_ body: (Record) throws -> Void) throws {
        for bucket in buffers.indices {
            try flush(bucket)
            var bytes = [UInt8](repeating: 0, count: sizes[bucket])
            try read(bucket, into: &bytes)
            try bytes.withUnsafeBytes { raw in
                var starts: [(high: UInt64, low: UInt64, offset: Int)] = []
                var offset = 0
                while offset < raw.count {
                    let high = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    let low = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                    starts.append((high, low, offset))
                    let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 18, as: UInt32.self)))
                    offset += Self.headerBytes + length
                }
                starts.sort { ($0.high, $0.low) < ($1.high, $1.low) }
                for start in starts {
                    let offset = start.offset
                    let period = Int(raw[offset + 16]) | Int(raw[offset + 17]) << 8
                    let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 18, as: UInt32.self)))
                    try body(Record(
                        id: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 16)]),
                        period: period,
                        answers: UnsafeRawBufferPointer(rebasing: raw[(offset + Self.headerBytes)..<(offset + Self.headerBytes + length)])))
                }
            }
        }
    }

    // MARK: Files

    private func flush(_ bucket: Int) throws(HavenError) {
        guard !buffers[bucket].isEmpty else { return }
        let descriptor = try file(bucket)
        let offset = sizes[bucket]
        let complete = buffers[bucket].withUnsafeBytes { bytes in
            Self.transfer(bytes.count) { done in pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
        }
        guard complete else { throw spaceError() }
        sizes[bucket] += buffers[bucket].count
        buffers[bucket].removeAll(keepingCapacity: true)
    }

    private func read(_ bucket: Int, into bytes: inout [UInt8]) throws(HavenError) {
        guard sizes[bucket] > 0 else { return }
        let descriptor = descriptors[bucket]
        let complete = bytes.withUnsafeMutableBytes { target in
            Self.transfer(target.count) { done in pread(descriptor, target.baseAddress! + done, target.count - done, off_t(done)) }
        }
        guard complete else { throw spaceError() }
    }

    /// Repeats a partial `pread` or `pwrite` until `count` bytes are moved; false on failure.
    private static func transfer(_ count: Int, _ step: (Int) -> Int) -> Bool {
        var done = 0
        while done < count {
            let result = step(done)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            done += result
        }
        return true
    }

    /// The bucket's file, created on first use and unlinked at once: it vanishes with the
    /// process, however the import ends.
    private func file(_ bucket: Int) throws(HavenError) -> Int32 {
        if descriptors.isEmpty {
            descriptors = Array(repeating: -1, count: buffers.count)
        }
        if descriptors[bucket] >= 0 { return descriptors[bucket] }
        var template = Array(((folder as NSString).appendingPathComponent("haven-import-XXXXXX")).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw HavenError(.unreadableFile, "cannot create a temporary file in \(folder) (\(String(cString: strerror(errno)))); set TMPDIR to a writable folder")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptors[bucket] = descriptor
        return descriptor
    }

    private func spaceError() -> HavenError {
        HavenError(.unreadableFile, "cannot use the temporary files in \(folder) (\(String(cString: strerror(errno)))); free some space or set TMPDIR to another folder")
    }
}

/// Random bytes fetched from the system's secure generator a page at a time: one request per
/// 256 ids instead of two per id.
struct RandomPool {
    private var bytes = [UInt8](repeating: 0, count: 4096)
    private var used = 4096

    /// 16 fresh random bytes.
    mutating func next16() -> (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) {
        if used + 16 > bytes.count {
            refill()
        }
        defer { used += 16 }
        return bytes.withUnsafeBytes { raw in
            raw.loadUnaligned(fromByteOffset: used, as: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8).self)
        }
    }

    private mutating func refill() {
        // arc4random_buf reads the same kernel generator as SystemRandomNumberGenerator
        // (getrandom on Linux), without a system call per eight bytes.
        bytes.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, $0.count) }
        used = 0
    }
}
