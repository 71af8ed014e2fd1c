import Foundation
import HavenCore

/// A one-line progress bar on standard error, drawn only when it is a terminal and the work has
/// gone on long enough to wait for (`delay`): a quick command never flashes one.
final class ProgressBar {
    private let sink: TextSink
    private let clock: () -> Date
    private let started: Date
    /// The line last drawn, so that an unchanged one is not drawn again.
    private var shown = ""

    /// Half a second's wait needs no bar; a national report's reading and audit take seconds each.
    static let delay: TimeInterval = 0.5
    static let width = 30

    init(sink: TextSink, clock: @escaping () -> Date) {
        self.sink = sink
        self.clock = clock
        started = clock()
    }

    /// Shows `label` with `done` of `total`, in place of what was shown.
    func update(_ label: String, done: Int, total: Int) {
        guard sink.isTerminal, total > 0, clock().timeIntervalSince(started) >= Self.delay else { return }
        let done = min(max(done, 0), total)
        let percent = done * 100 / total
        let filled = done * Self.width / total
        let line = "\(label) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: Self.width - filled))] \(percent)%"
        guard line != shown else { return }
        // Cleared first: a shorter line would leave the end of a longer one.
        sink.write("\r\u{1B}[K" + line)
        shown = line
    }

    /// Shows how far a release has got (`ReleaseJob`).
    func update(_ progress: ReleaseProgress) {
        switch progress {
        case let .reading(done, total):
            update("Reading responses", done: done, total: total)
        case let .protecting(period, number, count):
            update("Privacy checks, \(period) (\(number) of \(count))", done: number - 1, total: count)
        }
    }

    /// Clears the bar, if one was drawn, before the command's own output or error.
    func finish() {
        if !shown.isEmpty {
            sink.write("\r\u{1B}[K")
            shown = ""
        }
    }
}
