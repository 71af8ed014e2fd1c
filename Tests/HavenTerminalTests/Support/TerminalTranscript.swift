import Foundation

/// Reads what a program drew on a terminal: where the screen was wiped, and what was left.
struct TerminalTranscript {
    let raw: String

    static let clearScrollback = "\u{1B}[3J"
    static let leaveAlternateScreen = "\u{1B}[?1049l"
    static let enterAlternateScreen = "\u{1B}[?1049h"

    /// Where `text` last appears; nil when it never does.
    func lastOffset(of text: String) -> String.Index? {
        raw.range(of: text, options: .backwards)?.lowerBound
    }

    /// The text left on the screen after the last scrollback wipe, without escape sequences.
    var afterLastWipe: String? {
        guard let wipe = raw.range(of: Self.clearScrollback, options: .backwards) else { return nil }
        return Self.plain(String(raw[wipe.upperBound...])).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether any SGR (colour or attribute) sequence was written.
    var usesAttributes: Bool {
        raw.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
    }

    /// `text` with every escape sequence removed.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[ -/]*[@-~]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\u{1B}[()][0-9A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
    }
}
