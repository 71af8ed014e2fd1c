/// Horizontal bars, one per answer, each with its label above it and its percentage at its end:
/// for answers without an order (choices, needs, barriers), where only length matters.
public enum BarList {
    static let width = 640.0
    static let barMax = 540.0
    static let rowHeight = 40.0

    /// Draws one bar per segment, in the order given.
    public static func draw(_ segments: [ChartSegment], label: String, strings: ReportStrings) -> ChartDrawing {
        var chart = ChartDrawing(width: Int(width), height: Int(rowHeight * Double(segments.count) + 4), label: label)
        for (index, segment) in segments.enumerated() {
            let top = Double(index) * rowHeight
            let percent = strings.number(segment.percent, digits: 0) + "%"
            chart.text(shortened(segment.label), 0, top + 14, small: true)
            let barWidth = max(1, segment.percent / 100 * barMax)
            chart.rect(0, top + 19, barWidth, 16, fill: segment.style.fill, tooltip: "\(segment.label): \(percent)")
            chart.text(percent, barWidth + 6, top + 32, bold: true)
        }
        return chart
    }

    /// Long labels are cut to fit the drawing; the data table after the chart has them in full.
    static func shortened(_ label: String) -> String {
        label.count <= 95 ? label : String(label.prefix(92)) + "…"
    }
}
