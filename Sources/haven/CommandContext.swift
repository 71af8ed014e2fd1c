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
    /// The current time: turned into a calendar quarter, and read to tell a long run worth a
    /// progress bar. Never stored.
    var now: () -> Date = { Date() }

    /// The real process surroundings.
    static var live: CommandContext {
        CommandContext(
            output: .descriptor(STDOUT_FILENO),
            errors: .descriptor(STDERR_FILENO),
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: FileManager.default.currentDirectoryPath)
    }

    /// Makes a path given on the command line absolute.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }
}

/// A destination for text and bytes (CSV streams to standard output as bytes).
final class TextSink {
    private let sink: (UnsafeRawBufferPointer) -> Void

    /// Whether the destination is a terminal (for progress bars).
    let isTerminal: Bool

    init(isTerminal: Bool = false, _ sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.isTerminal = isTerminal
        self.sink = sink
    }

    /// A sink writing to a file descriptor.
    static func descriptor(_ descriptor: Int32) -> TextSink {
        TextSink(isTerminal: isatty(descriptor) == 1) { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// A sink collecting everything written, for tests; `isTerminal` stands in for a terminal's.
    static func capturing(isTerminal: Bool = false) -> (sink: TextSink, contents: () -> String) {
        final class Buffer: @unchecked Sendable {
            var bytes: [UInt8] = []
        }
        let buffer = Buffer()
        return (TextSink(isTerminal: isTerminal) { buffer.bytes += $0 }, { String(decoding: buffer.bytes, as: UTF8.self) })
    }

    func write(bytes: UnsafeRawBufferPointer) {
        sink(bytes)
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
    }

    func line(_ text: String = "") {
        write(text + "\n")
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
