// Throughput benchmarks for Haven's building blocks; run through Tests/Bench/csv-throughput.sh.
// Each subcommand prints one `key=value` line so shell scripts can compare runs.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HavenCSV
import HavenCore

/// Streams every field of a CSV file through `CSVReader`, touching each field's bytes.
func csvFields(path: String) throws {
    let reader = CSVReader(path: path)
    var rows = 0
    var fields = 0
    var fieldBytes = 0
    let clock = ContinuousClock()
    let start = clock.now
    try reader.forEachRow { row in
        rows += 1
        fields += row.count
        for index in 0..<row.count {
            fieldBytes += row.withFieldBytes(at: index) { $0.count }
        }
    }
    let elapsed = start.duration(to: clock.now)
    let bytes = reader.bytesConsumed
    // Field contents can never outnumber the input bytes; checking it also keeps the
    // optimiser from dropping the per-field work.
    guard fieldBytes <= bytes else {
        throw BenchFailure("field bytes (\(fieldBytes)) exceed input bytes (\(bytes))")
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytesPerSecond = Double(bytes) / 1e6 / seconds
    print("rows=\(rows) fields=\(fields) bytes=\(bytes) seconds=\(fixed(seconds, 3)) MB_per_s=\(fixed(megabytesPerSecond, 1))")
}

/// Appends `count` responses one by one, each its own committed transaction, the way kiosks do;
/// run several at once against one store to measure (and test) concurrent writers.
func storeAppend(path: String, count: Int) throws {
    let store = try SQLiteStore(path: path)
    guard let period = Period(year: 2026, quarter: 4) else { return }
    let clock = ContinuousClock()
    let start = clock.now
    for index in 0..<count {
        let answers: [String: AnswerValue] = ["stress-manageable": .choice(["very", "mostly", "somewhat"][index % 3])]
        try store.append(Response(survey: "wellbeing-pulse", version: 1, period: period, answers: answers), code: nil)
    }
    let elapsed = start.duration(to: clock.now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("appended=\(count) seconds=\(fixed(seconds, 3)) per_second=\(fixed(Double(count) / seconds, 1))")
}

/// Times the two halves of `haven report quarterly --from-csv ... --format csv` (the bench's
/// report): counting the file into finest cells (`ResponseCounts.read(fromFile:)`), keeping no
/// comment text as a report without its HTML page does, then the privacy engine's release of
/// those counts. With `--count-only` the engine is not run (it can take far longer than the
/// counting).
func reportPhases(path: String, surveys: String, survey: String, periods text: String, by: [String], countOnly: Bool) throws {
    let module = try SurveyLibrary(overrideDirectory: surveys).module(id: survey)
    let periods = try Period.range(parsing: text)
    let clock = ContinuousClock()
    let start = clock.now
    let counts = try ResponseCounts.read(module, fromFile: path, periods: periods, keepingTexts: false)
    let counted = clock.now
    let countSeconds = seconds(start.duration(to: counted))
    var status = stat()
    let bytes = stat(path, &status) == 0 ? Int(status.st_size) : 0
    print("bytes=\(bytes) count_seconds=\(fixed(countSeconds, 3)) count_MB_per_s=\(fixed(Double(bytes) / 1e6 / countSeconds, 1)) atoms=\(counts.quarters.values.map(\.atomCount).reduce(0, +))")
    // Out now: a caller that stops a long engine run still has the counting figures.
    fflush(nil)
    guard !countOnly else { return }
    let engine = DisclosureControl(module: module)
    let tables = try engine.catalogue.tables(by: by, filter: [])
    let release = engine.release(counts, periods: periods, tables: tables)
    print("engine_seconds=\(fixed(seconds(counted.duration(to: clock.now)), 3)) figures=\(release.figures.count)")
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// A benchmark that could not run to the end.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) {
        self.description = description
    }
}

/// `value` with `digits` decimals, without Foundation.
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits {
        scale *= 10
    }
    let scaled = Int((value * scale).rounded())
    let whole = String(scaled / Int(scale))
    let fraction = String(scaled % Int(scale))
    return whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}

func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { bytes in
        _ = write(2, bytes.baseAddress, bytes.count)
    }
}

let usage = """
    usage: haven-bench <command> [arguments]

    commands:
      csv-fields FILE   stream every field of FILE through CSVReader and print
                        rows=… fields=… bytes=… seconds=… MB_per_s=… (MB = 10^6 bytes)
      report-phases FILE SURVEYS_DIR SURVEY PERIODS [BY] [--count-only]
                        time counting FILE into finest cells, then the privacy engine's
                        release (unless --count-only); print bytes=… count_seconds=…
                        count_MB_per_s=… atoms=…, then a line engine_seconds=… figures=…
      store-append STORE COUNT
                        append COUNT responses to STORE, one transaction each, and print
                        appended=… seconds=… per_second=…
    """

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "csv-fields" where arguments.count == 2:
        try csvFields(path: arguments[1])
    case "report-phases" where (5...7).contains(arguments.count):
        let rest = arguments.dropFirst(5)
        let by = rest.first { $0 != "--count-only" }.map { $0.split(separator: ",").map(String.init) } ?? []
        try reportPhases(path: arguments[1], surveys: arguments[2], survey: arguments[3], periods: arguments[4], by: by, countOnly: rest.contains("--count-only"))
    case "store-append" where arguments.count == 3:
        guard let count = Int(arguments[2]), count > 0 else {
            printError(usage)
            exit(2)
        }
        try storeAppend(path: arguments[1], count: count)
    default:
        printError(usage)
        exit(2)
    }
} catch {
    printError("haven-bench: \(error)")
    exit(1)
}
