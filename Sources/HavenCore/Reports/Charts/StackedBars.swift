/// 100 % stacked bars, one per row (a confidence question "before" and "now"), sharing one
/// sequential scale so the rows compare at a glance.
public enum StackedBars {
    static let width = 640.0
    static let labelWidth = 90.0
    static let rowHeight = 38.0

    /// Draws each row's segments left to right.
    public static func draw(rows: [(label: String, segments: [ChartSegment])], label: String, strings: ReportStrings) -> ChartDrawing {
        var chart = ChartDrawing(width: Int(width), height: Int(rowHeight * Double(rows.count) + 4), label: label)
        // Rows are labelled only when there are several to tell apart.
        let labelled = rows.count > 1
        let start = labelled ? labelWidth : 0
        let span = width - start - 10
        for (index, row) in rows.enumerated() {
            let top = Double(index) * rowHeight + 4
            if labelled {
                chart.text(row.label, 0, top + 19, bold: true)
            }
            var x = start
            for segment in row.segments {
                let segmentWidth = segment.percent / 100 * span
                guard segmentWidth > 0 else { continue }
                let percent = strings.number(segment.percent, digits: 0) + "%"
                chart.rect(x, top, segmentWidth, 28, fill: segment.style.fill, tooltip: "\(segment.label): \(percent)")
                if segment.style.hatching != .none {
                    chart.hatch(x, top, segmentWidth, 28, crossed: segment.style.hatching == .crossed, stroke: "#ffffff")
                }
                if segmentWidth >= 30 {
                    chart.text(percent, x + segmentWidth / 2, top + 19, anchor: "middle", fill: segment.style.textFill, bold: true, halo: segment.style.hatching != .none)
                }
                x += segmentWidth
            }
        }
        return chart
    }
}
