import HavenCSV
import HavenSurvey

/// Says which rows of a wide-format file repeat the `response_id` hash of an earlier row (see
/// `ResponseIDSet`), looking at every record in file order: on a reader's parsing thread
/// (`CSVReader.forEachRowReadingAhead(marking:_:)`), so that the thread decoding the rows, the
/// slower of the two, does not probe a table of a million hashes per row as well (a sixth of its
/// time in a national file, 0.3 s a million rows). `WideRowDecoder` confirms a repeat and
/// reports it.
final class RepeatedIDMarker {
    private let module: SurveyModule
    /// The file's size, to size the id table once the first rows show how long rows are.
    private let expectedBytes: Int
    /// The `response_id` column, when the header is sound and has one.
    private var column: Int?
    private var fieldCount = 0
    private var rowsSeen = 0
    private var ids = ResponseIDSet()

    init(module: SurveyModule, expectedBytes: Int) {
        self.module = module
        self.expectedBytes = expectedBytes
    }

    /// Whether `row` repeats an earlier row's id hash; false for the header and for rows the
    /// decoder rejects before their id (a header with problems, a wrong number of fields).
    func isRepeat(_ row: CSVRow) -> Bool {
        guard row.number > 1 else {
            readHeader(row)
            return false
        }
        guard let column, row.count == fieldCount else { return false }
        rowsSeen += 1
        if rowsSeen == 1000, row.byteOffset > 0 {
            ids.reserve(expectedBytes * 1000 / row.byteOffset * 11 / 10)
        }
        return row.withFieldBytes(at: column) { !$0.isEmpty && !ids.insert($0) }
    }

    private func readHeader(_ row: CSVRow) {
        var sound = true
        let columns = WideFormat.columns(row.strings(), module: module) { _, _ in sound = false }
        guard sound else { return }
        fieldCount = columns.count
        column = columns.firstIndex { column in
            if case .responseID = column { return true }
            return false
        }
    }
}
