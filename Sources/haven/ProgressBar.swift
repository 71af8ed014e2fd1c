import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal and the work is
/// large enough to wait for.
final class ProgressBar {
    private let sink: TextSink
    private let label: String
    private var lastPercent = -1
    private var drawn = false

    /// Files smaller than this finish before a bar would help.
    static let minimumBytes = 8 << 20

    init(sink: TextSink, label: String) {
        self.sink = sink
        self.label = label
    }

    func update(done: Int, total: Int?) {
        guard sink.isTerminal, let total, total >= Self.minimumBytes else { return }
        let percent = min(100, done * 100 / max(total, 1))
        guard percent != lastPercent else { return }
        lastPercent = percent
        drawn = true
        let width = 30
        let filled = percent * width / 100
        sink.write("\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(percent)%")
    }

    func finish() {
        if drawn {
            sink.write("\r\u{1B}[K")
        }
    }
}
