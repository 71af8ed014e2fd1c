import ArgumentParser
import Foundation

/// Where a command writes and what it may read of its surroundings; tests inject their own.
struct CommandContext {
    /// Normal output.
    var output: TextSink
    /// Diagnostics and errors.
    var errors: TextSink
    /// The environment variables the command sees.
    var environment: [String: String]
    /// The folder relative paths are taken from.
    var workingDirectory: String
    /// The current time; only ever turned into a calendar quarter.
    var now: () -> Date = { Date() }

    /// The real process surroundings.
    static var live: CommandContext {
        CommandContext(
            output: TextSink { FileHandle.standardOutput.write(Data($0.utf8)) },
            errors: TextSink { FileHandle.standardError.write(Data($0.utf8)) },
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: FileManager.default.currentDirectoryPath)
    }

    /// Makes a path given on the command line absolute.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }
}

/// A destination for text.
final class TextSink {
    private let sink: (String) -> Void

    init(_ sink: @escaping (String) -> Void) {
        self.sink = sink
    }

    func write(_ text: String) {
        sink(text)
    }

    func line(_ text: String = "") {
        sink(text + "\n")
    }
}

/// A command that runs against an injected context.
protocol HavenCommand: ParsableCommand {
    func run(in context: CommandContext) throws
}

extension HavenCommand {
    mutating func run() throws {
        try run(in: .live)
    }
}
