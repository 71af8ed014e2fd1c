import ArgumentParser
import Foundation

@testable import haven

/// What a `haven` invocation produced.
struct CLIResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs `haven` in-process, the way the executable would, against an injected context: its
/// clock `now`, or `clock` where given, and its standard error a terminal where `errorsAreTerminal`.
func runHaven(
    _ arguments: [String], workingDirectory: String = FileManager.default.currentDirectoryPath, environment: [String: String] = [:], now: Date = Date(),
    clock: (() -> Date)? = nil, errorsAreTerminal: Bool = false
) -> CLIResult {
    let (outputSink, output) = TextSink.capturing()
    let (errorSink, errors) = TextSink.capturing(isTerminal: errorsAreTerminal)
    let context = CommandContext(output: outputSink, errors: errorSink, environment: environment, workingDirectory: workingDirectory, now: clock ?? { now })
    do {
        var command = try Haven.parseAsRoot(arguments)
        if let runnable = command as? any HavenCommand {
            try runnable.run(in: context)
        } else {
            try command.run()
        }
        return CLIResult(status: 0, output: output(), errors: errors())
    } catch {
        let message = Haven.fullMessage(for: error)
        if !message.isEmpty {
            errorSink.line(message)
        }
        return CLIResult(status: Haven.exitCode(for: error).rawValue, output: output(), errors: errors())
    }
}

/// Where the test fixtures live.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func path(_ relative: String) -> String { root + "/" + relative }
}

/// A fresh temporary folder, removed when the test's scope ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("haven-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
