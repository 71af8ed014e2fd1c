import Foundation

/// An inline SVG chart, fully laid out: the template only copies numbers and escaped texts into
/// elements, so charts need no script, no external file and no `url(…)` reference.
public struct ChartDrawing: Sendable {
    /// The drawing's size in pixels (also its view box).
    public var width: Int
    public var height: Int
    /// What the chart shows, for assistive technology (`aria-label`); the data table follows it.
    public var label: String
    public var rects: [Rect] = []
    public var lines: [Line] = []
    public var texts: [Text] = []

    /// A filled rectangle, with a tooltip title.
    public struct Rect: Sendable {
        public var x, y, width, height: String
        public var fill: String
        public var tooltip: String
    }

    /// A stroke: hatching that tells segments apart without colour, and axes.
    public struct Line: Sendable {
        public var x1, y1, x2, y2: String
        public var stroke: String
        public var strokeWidth: String
    }

    /// A direct label.
    public struct Text: Sendable {
        public var x, y: String
        public var content: String
        public var anchor: String
        public var fill: String
        public var bold: Bool
        public var small: Bool
        /// A dark outline behind light text, so a label stays readable over hatching.
        public var halo: Bool
    }

    init(width: Int, height: Int, label: String) {
        self.width = width
        self.height = height
        self.label = label
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, tooltip: String) {
        rects.append(Rect(x: Self.coordinate(x), y: Self.coordinate(y), width: Self.coordinate(width), height: Self.coordinate(height), fill: fill, tooltip: tooltip))
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1) {
        lines.append(Line(x1: Self.coordinate(x1), y1: Self.coordinate(y1), x2: Self.coordinate(x2), y2: Self.coordinate(y2), stroke: stroke, strokeWidth: Self.coordinate(width)))
    }

    mutating func text(_ content: String, _ x: Double, _ y: Double, anchor: String = "start", fill: String = "#1a1a1a", bold: Bool = false, small: Bool = false, halo: Bool = false) {
        texts.append(Text(x: Self.coordinate(x), y: Self.coordinate(y), content: content, anchor: anchor, fill: fill, bold: bold, small: small, halo: halo))
    }

    /// Diagonal hatching inside a rectangle (`crossed` adds the other diagonal), drawn as plain
    /// lines clipped by hand so the page needs no pattern reference.
    mutating func hatch(_ x: Double, _ y: Double, _ width: Double, _ height: Double, crossed: Bool, stroke: String = "#ffffff") {
        let spacing = 6.0
        var offset = -height
        while offset < width {
            // The line from (x + offset, y + height) to (x + offset + height, y), clipped to [x, x + width].
            let start = max(0, -offset)
            let end = min(height, width - offset)
            if end > start {
                line(x + offset + start, y + height - start, x + offset + end, y + height - end, stroke: stroke, width: 1.2)
                if crossed {
                    line(x + offset + start, y + start, x + offset + end, y + end, stroke: stroke, width: 1.2)
                }
            }
            offset += spacing
        }
    }

    static func coordinate(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
