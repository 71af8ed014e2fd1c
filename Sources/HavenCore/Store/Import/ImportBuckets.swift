import Foundation

/// An import's responses, each given its random id and set aside in one of several unlinked
/// temporary files chosen by the id's first byte, so that they can be handed to the store in id
/// order.
///
/// The store's table is keyed by the random id, and SQLite appends rows in key order about four
/// times faster than it inserts them at random places in a table larger than its cache (a million
/// rows: 3.5 s against 15 s). Sorting everything would take the whole file in memory; a bucket
/// holds a fixed share of the id range (about 1 MB of packed rows), so only two or three
/// buckets are ever in memory, whatever the file's size. The order rows are handed over in
/// depends on the random ids alone, never on the file's order.
final class ImportBuckets {
    /// One response, borrowed from a bucket for the duration of a call.
    struct Record {
        /// The 16 bytes of the response's random id.
        let id: UnsafeRawBufferPointer
        /// The index of the quarter in `periods`.
        let period: Int
        /// What `prepare` made of the row's payload.
        let prepared: UnsafeRawBufferPointer
    }

    /// Rows per bucket are aimed at this many bytes (of payload).
    static let targetBucketBytes = 1 << 20
    private static let bufferBytes = 32 << 10
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
    func append(period: Period, payload: [UInt8]) throws(HavenError) {
        let periodIndex: Int
        if let index = periods.firstIndex(of: period) {
            periodIndex = index
        } else {
            periodIndex = periods.count
            periods.append(period)
        }
        let id = random.next16()
        let bucket = (Int(id.0) * buffers.count) >> 8
        // Flushed before it would overflow, so a buffer never grows past its first allocation.
        if buffers[bucket].count + Self.headerBytes + payload.count > Self.bufferBytes {
            try flush(bucket)
        }
        if buffers[bucket].capacity == 0 {
            buffers[bucket].reserveCapacity(Self.bufferBytes)
        }
        withUnsafeBytes(of: id) { buffers[bucket].append(contentsOf: $0) }
        buffers[bucket].append(UInt8(periodIndex & 0xFF))
        buffers[bucket].append(UInt8(periodIndex >> 8))
        withUnsafeBytes(of: UInt32(payload.count).littleEndian) { buffers[bucket].append(contentsOf: $0) }
        buffers[bucket].append(contentsOf: payload)
        count += 1
    }

    /// Calls `body` with every row, in id order. Another thread reads each bucket, sorts it and
    /// turns every payload into what `body` needs with a preparer made there by `makePreparer`
    /// (so it may keep scratch space of its own), which appends it to the bytes it is given;
    /// this runs one bucket ahead of `body`, so two or three buckets are in memory at a time.
    func forEachInIDOrder(
        preparing makePreparer: @escaping @Sendable () -> (UnsafeRawBufferPointer, inout [UInt8]) -> Void,
        _ body: (Record) throws -> Void
    ) throws {
        for bucket in buffers.indices {
            try flush(bucket)
        }
        let files = buffers.indices.map { (descriptor: descriptors.isEmpty ? -1 : descriptors[$0], size: sizes[$0]) }
        let ring = PreparedBuckets(count: files.count)
        let folder = self.folder
        DispatchQueue(label: "HavenCore.import-buckets").async {
            let prepare = makePreparer()
            for (index, file) in files.enumerated() {
                guard ring.waitForRoom() else { break }
                let bucket: Result<PreparedBucket, HavenError>
                do throws(HavenError) {
                    bucket = .success(try Self.prepare(file, folder: folder, prepare))
                } catch {
                    bucket = .failure(error)
                }
                ring.deliver(index, bucket)
            }
        }
        defer { ring.stop() }
        for index in files.indices {
            let bucket = try ring.take(index).get()
            try bucket.forEach(body)
        }
    }

    /// Reads one bucket's file, sorts its rows by id and prepares their payloads.
    private static func prepare(
        _ file: (descriptor: Int32, size: Int), folder: String, _ prepare: (UnsafeRawBufferPointer, inout [UInt8]) -> Void
    ) throws(HavenError) -> PreparedBucket {
        var bytes = [UInt8](repeating: 0, count: file.size)
        let complete = bytes.withUnsafeMutableBytes { target in
            transfer(target.count) { done in pread(file.descriptor, target.baseAddress! + done, target.count - done, off_t(done)) }
        }
        guard complete else { throw spaceError(folder) }
        var bucket = PreparedBucket()
        bytes.withUnsafeBytes { raw in
            var starts: [(high: UInt64, low: UInt64, offset: Int)] = []
            var offset = 0
            while offset < raw.count {
                let high = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let low = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                starts.append((high, low, offset))
                offset += headerBytes + Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 18, as: UInt32.self)))
            }
            starts.sort { ($0.high, $0.low) < ($1.high, $1.low) }
            for start in starts {
                let offset = start.offset
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 18, as: UInt32.self)))
                bucket.append(id: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 16)]), period: Int(raw[offset + 16]) | Int(raw[offset + 17]) << 8) { bytes in
                    prepare(UnsafeRawBufferPointer(rebasing: raw[(offset + headerBytes)..<(offset + headerBytes + length)]), &bytes)
                }
            }
        }
        return bucket
    }

    // MARK: Files

    private func flush(_ bucket: Int) throws(HavenError) {
        guard !buffers[bucket].isEmpty else { return }
        let descriptor = try file(bucket)
        let offset = sizes[bucket]
        let complete = buffers[bucket].withUnsafeBytes { bytes in
            Self.transfer(bytes.count) { done in pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
        }
        guard complete else { throw Self.spaceError(folder) }
        sizes[bucket] += buffers[bucket].count
        buffers[bucket].removeAll(keepingCapacity: true)
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

    private static func spaceError(_ folder: String) -> HavenError {
        HavenError(.unreadableFile, "cannot use the temporary files in \(folder) (\(String(cString: strerror(errno)))); free some space or set TMPDIR to another folder")
    }
}

/// One bucket's rows in id order, each with its prepared payload.
struct PreparedBucket: Sendable {
    private var ids: [UInt8] = []
    private var periods: [Int] = []
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// Adds a row; `prepare` appends its prepared form.
    mutating func append(id: UnsafeRawBufferPointer, period: Int, _ prepare: (inout [UInt8]) -> Void) {
        ids.append(contentsOf: id)
        periods.append(period)
        prepare(&bytes)
        ends.append(bytes.count)
    }

    func forEach(_ body: (ImportBuckets.Record) throws -> Void) rethrows {
        try ids.withUnsafeBytes { ids in
            try bytes.withUnsafeBytes { bytes in
                var start = 0
                for (index, end) in ends.enumerated() {
                    try body(ImportBuckets.Record(
                        id: UnsafeRawBufferPointer(rebasing: ids[(16 * index)..<(16 * index + 16)]),
                        period: periods[index],
                        prepared: UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
                    start = end
                }
            }
        }
    }
}

/// Prepared buckets handed from the preparing thread to the inserting one, at most two ahead.
final class PreparedBuckets: @unchecked Sendable {
    // `buckets[i]` is written by the preparing thread before `ready` is signalled for it and
    // read by the inserting thread after the matching wait; `stopped` is written under `lock`.
    private var buckets: [Result<PreparedBucket, HavenError>?]
    private let ready = DispatchSemaphore(value: 0)
    /// Created at zero and signalled up to two: libdispatch traps when a semaphore is released
    /// holding less than its initial value.
    private let room = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false

    init(count: Int) {
        buckets = Array(repeating: nil, count: count)
        room.signal()
        room.signal()
    }

    /// Preparing thread: waits until fewer than two prepared buckets wait; false once stopped.
    func waitForRoom() -> Bool {
        room.wait()
        return lock.withLock { !stopped }
    }

    func deliver(_ index: Int, _ bucket: Result<PreparedBucket, HavenError>) {
        lock.withLock { buckets[index] = bucket }
        ready.signal()
    }

    /// Inserting thread: the bucket `index`, once prepared; its memory is released on taking.
    func take(_ index: Int) -> Result<PreparedBucket, HavenError> {
        ready.wait()
        let bucket = lock.withLock {
            defer { buckets[index] = nil }
            return buckets[index]!
        }
        room.signal()
        return bucket
    }

    /// Inserting thread, when done or failing: lets the preparing thread finish.
    func stop() {
        lock.withLock { stopped = true }
        room.signal()
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
