import Foundation
import HavenCSV
import HavenSurvey

extension ResponseCounts {
    /// Counts a wide-format file's responses in `periods`, every row checked as an import checks
    /// it (the same problems, at the same FILE:ROW:COLUMN), in one pass, straight into each
    /// quarter's finest-cell arrays. Memory follows the number of distinct finest cells; what
    /// grows with the rows is only the repeated-`response_id` check (about 6 bytes a row) and
    /// the free-text answers themselves, which are checked and counted but not kept unless
    /// `keepingTexts`. `progress` is told the bytes read every few thousand rows.
    ///
    /// - Throws: `ImportError` listing the file's problems, refused for a report.
    public static func read(
        _ module: SurveyModule, fromFile path: String, periods: [Period], keepingTexts: Bool = true, progress: ((ReleaseProgress) -> Void)? = nil
    ) throws -> ResponseCounts {
        var status = stat()
        let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
        let decoder = WideRowDecoder(module: module, file: path, defaultPeriod: nil, expectedBytes: size)
        var tally = RowTally(module: module, periods: periods, keepingTexts: keepingTexts)
        let reader = CSVReader(path: path)
        do {
            try reader.forEachRowReadingAhead(marking: decoder.repeats.isRepeat) { row, repeatsAnID in
                if decoder.decode(row, repeatsAnID: repeatsAnID) {
                    tally.add(decoder)
                }
                if let progress, row.number % 4096 == 0 {
                    progress(.reading(done: reader.bytesConsumed, total: size))
                }
            }
        } catch let error as CSVError {
            decoder.add(error)
        }
        decoder.finish()
        if var error = decoder.problems.error {
            error.refused = .report
            throw error
        }
        return tally.counts(decoder)
    }
}
