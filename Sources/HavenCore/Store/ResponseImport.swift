import Crypto
import Foundation
import HavenCSV
import HavenSurvey

/// Imports a wide-format CSV file of responses into a store: every cell checked against the module,
/// all rows stored in one transaction, or none.
public struct ResponseImport: Sendable {
    /// The module the file answers.
    public var module: SurveyModule
    /// The file's path.
    public var path: String
    /// The quarter for rows without a `period` cell.
    public var defaultPeriod: Period?
    /// Whether a file imported before may be imported again.
    public var allowDuplicateFile: Bool

    /// Describes an import.
    public init(module: SurveyModule, path: String, defaultPeriod: Period? = nil, allowDuplicateFile: Bool = false) {
        self.module = module
        self.path = path
        self.defaultPeriod = defaultPeriod
        self.allowDuplicateFile = allowDuplicateFile
    }

    /// Runs the import: the file is read and checked once (its digest computed meanwhile on
    /// another core), the rows set aside in id order, and only then stored, in one transaction.
    ///
    /// - Parameter progress: called now and then with the work done and the total work: the
    ///   file's bytes once for reading it, once more for storing its rows.
    /// - Returns: how many responses were stored.
    /// - Throws: `ImportError` listing the file's problems (nothing stored), `StoreError`, or
    ///   `HavenError.unreadableFile`.
    public func run(into store: some ResponseStore, progress: ((Int, Int?) -> Void)? = nil) throws -> Int {
        let digest = try FileDigest.start(path)
        let decoder = WideRowDecoder(module: module, file: path, defaultPeriod: defaultPeriod, expectedBytes: digest.size)
        let packing = RowPacking(questions: module.questions)
        let reader = CSVReader(path: path)
        let size = digest.size
        // Packed rows take about two fifths of their CSV bytes.
        let buckets = ImportBuckets(expectedBytes: size / 2)
        var packed: [UInt8] = []
        do {
            try reader.forEachRowReadingAhead(marking: decoder.repeats.isRepeat) { row, repeatsAnID in
                if decoder.decode(row, repeatsAnID: repeatsAnID) {
                    packed.removeAll(keepingCapacity: true)
                    packing.pack(decoder, into: &packed)
                    try buckets.append(period: decoder.period, payload: packed)
                }
                if row.number % 4096 == 0 {
                    progress?(reader.bytesConsumed, 2 * size)
                }
            }
        } catch let error as CSVError {
            decoder.add(error)
        }
        decoder.finish()
        let fileDigest = try digest.value()
        if let error = decoder.problems.error {
            throw error
        }
        progress?(size, 2 * size)
        // Rows are turned into their stored form on another thread while SQLite inserts.
        let writer = AnswerBytesWriter(questions: module.questions)
        let open = decoder.openValues
        let questionCount = module.questions.count
        let prepare: @Sendable () -> (UnsafeRawBufferPointer, inout [UInt8]) -> Void = {
            var row = UnpackedRow(questionCount: questionCount)
            return { payload, answers in
                packing.unpack(payload, into: &row)
                writer.write(row, open: open, into: &answers)
            }
        }
        var stored = 0
        return try store.importResponses(survey: module.id, version: module.version, digest: fileDigest, allowDuplicate: allowDuplicateFile) { insert in
            try buckets.forEachInIDOrder(preparing: prepare) { record in
                try insert(ImportedResponse(id: record.id, period: buckets.periods[record.period], answers: record.prepared))
                stored += 1
                if stored % 4096 == 0 {
                    progress?(size + size * stored / max(buckets.count, 1), 2 * size)
                }
            }
            progress?(2 * size, 2 * size)
        }
    }
}

/// The SHA-256 of a file, read in blocks on another thread while the file is checked.
final class FileDigest: @unchecked Sendable {
    /// The file's size in bytes when it was opened.
    let size: Int
    private let done = DispatchSemaphore(value: 0)
    // Written once by the hashing thread before it signals `done`; read only after waiting.
    private var result: Result<String, HavenError> = .failure(HavenError(.unreadableFile, "not read yet"))

    private init(size: Int) {
        self.size = size
    }

    /// Opens the file now, so a missing or unreadable file is reported before anything else,
    /// and starts hashing it.
    static func start(_ path: String) throws(HavenError) -> FileDigest {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read; check its permissions" : "does not exist; check the path"
            throw HavenError(.unreadableFile, "the file \(reason)", at: .start(of: path))
        }
        let size = (try? handle.seekToEnd()).map { Int($0) } ?? 0
        try? handle.seek(toOffset: 0)
        let digest = FileDigest(size: size)
        DispatchQueue.global().async {
            defer { try? handle.close() }
            var hasher = SHA256()
            do {
                while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                    hasher.update(data: block)
                }
                digest.result = .success(hasher.finalize().map { String(format: "%02x", $0) }.joined())
            } catch {
                digest.result = .failure(HavenError(.unreadableFile, "the file could not be read to the end: \(error.localizedDescription)", at: .start(of: path)))
            }
            digest.done.signal()
        }
        return digest
    }

    /// Waits for the digest.
    func value() throws(HavenError) -> String {
        done.wait()
        done.signal()
        return try result.get()
    }
}
