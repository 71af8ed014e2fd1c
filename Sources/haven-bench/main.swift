// Throughput benchmarks for Haven's building blocks; run through Tests/Bench/csv-throughput.sh.
// Each subcommand prints one `key=value` line so shell scripts can compare runs.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HavenCSV

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
    """

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "csv-fields" where arguments.count == 2:
        try csvFields(path: arguments[1])
    default:
        printError(usage)
        exit(2)
    }
} catch {
    printError("haven-bench: \(error)")
    exit(1)
}
