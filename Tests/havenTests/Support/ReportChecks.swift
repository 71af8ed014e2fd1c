import Foundation
import HavenCSV
import Testing

/// What a test asserts about every HTML report: inert, self-contained, accessible.
enum ReportChecks {
    /// The policy every page must declare first thing.
    static let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"

    /// Records an issue for every way `html` could run code, load something from elsewhere, or
    /// leave a chart without its data table.
    static func expectInert(_ html: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(html.contains(policy), "\(name): the CSP meta is missing", sourceLocation: sourceLocation)
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "\(name): has a <script>", sourceLocation: sourceLocation)
        #expect(!lower.contains("@import"), "\(name): has an @import", sourceLocation: sourceLocation)
        #expect(lower.firstMatch(of: /(src|href|xlink:href|action)\s*=\s*["']?\s*(https?:|\/\/)/) == nil, "\(name): loads or links an external URL", sourceLocation: sourceLocation)
        for match in lower.matches(of: /url\(\s*["']?/) {
            #expect(lower[match.range.upperBound...].hasPrefix("data:"), "\(name): url( other than data:", sourceLocation: sourceLocation)
        }
        #expect(lower.firstMatch(of: /<[^>]*\son[a-z]+\s*=/) == nil, "\(name): an event-handler attribute", sourceLocation: sourceLocation)
        var charts = 0
        var rest = lower[...]
        while let start = rest.range(of: "<svg") {
            charts += 1
            guard let end = rest[start.upperBound...].range(of: "</svg>") else {
                Issue.record("\(name): an unclosed <svg>", sourceLocation: sourceLocation)
                return
            }
            let after = rest[end.upperBound...].drop { $0.isWhitespace }
            #expect(after.hasPrefix("<table"), "\(name): chart \(charts) is not followed by its data table", sourceLocation: sourceLocation)
            rest = rest[end.upperBound...]
        }
    }

    /// Every `data-key` element of a page: its key and its text, unescaped.
    static func keyedFigures(_ html: String) -> [(key: String, text: String)] {
        html.matches(of: /data-key="([^"]*)">([^<]*)</).map { (unescape(String($0.output.1)), unescape(String($0.output.2))) }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A report CSV's rows by `data-key` (`period|group|question|measure|option`): value and status.
    static func csvRows(_ path: String) throws -> (header: [String], rows: [String: (value: String, status: String)]) {
        var header: [String] = []
        var rows: [String: (String, String)] = [:]
        try CSVReader(path: path).forEachRow { row in
            let fields = row.strings()
            if header.isEmpty {
                header = fields
                return
            }
            rows[fields[1...5].joined(separator: "|")] = (fields[6], fields[7])
        }
        return (header, rows)
    }

    /// Records an issue for every figure of a page that is not, character for character, the
    /// value of a shown row of its CSV; returns how many figures were compared.
    @discardableResult
    static func expectFiguresMatch(html: String, csv path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let csv = try csvRows(path).rows
        let figures = keyedFigures(html)
        for figure in figures {
            guard let row = csv[figure.key] else {
                Issue.record("\(figure.key) is on the page but not in the CSV", sourceLocation: sourceLocation)
                continue
            }
            #expect(row.status == "shown", "\(figure.key) is shown on the page but suppressed in the CSV", sourceLocation: sourceLocation)
            #expect(figure.text == row.value || figure.text == row.value + "%", "\(figure.key): page \(figure.text) vs CSV \(row.value)", sourceLocation: sourceLocation)
        }
        return figures.count
    }
}
