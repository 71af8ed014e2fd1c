/// A diverging stacked bar: less favourable answers extend left of a centre line, more favourable
/// ones right, a neutral middle answer straddles it; each segment carries its percentage as a
/// direct label where it fits.
public enum DivergingBar {
    static let width = 640.0
    /// The centre sits left of the middle: most answers lean favourable.
    static let centre = 250.0
    /// Pixels per percentage point; one scale for every chart, so bars compare down the page,
    /// unless a side would not fit (a rare all-one-sided answer), which then gets its own.
    static let scale = 4.4
    static let barTop = 22.0
    static let barHeight = 30.0

    /// Draws `negative` (strongest first), `neutral` and `positive` (mildest first).
    public static func draw(negative: [ChartSegment], neutral: ChartSegment?, positive: [ChartSegment], label: String, strings: ReportStrings) -> ChartDrawing {
        var chart = ChartDrawing(width: Int(width), height: Int(barTop + barHeight + 8), label: label)
        let leftExtent = negative.reduce(0) { $0 + $1.percent } + (neutral?.percent ?? 0) / 2
        let rightExtent = positive.reduce(0) { $0 + $1.percent } + (neutral?.percent ?? 0) / 2
        let scale = min(Self.scale, (centre - 4) / max(leftExtent, 1), (width - centre - 4) / max(rightExtent, 1))
        var x = centre - leftExtent * scale
        for segment in negative + (neutral.map { [$0] } ?? []) + positive {
            draw(segment, at: x, scale: scale, in: &chart, strings: strings)
            x += segment.percent * scale
        }
        chart.line(centre, barTop - 6, centre, barTop + barHeight + 4, stroke: "#1a1a1a", width: 1.5)
        chart.text("◀ " + strings.text("unfavorable-side"), centre - 8, 13, anchor: "end", fill: "#5a5a5a", small: true)
        chart.text(strings.text("favorable-side") + " ▶", centre + 8, 13, fill: "#5a5a5a", small: true)
        return chart
    }

    static func draw(_ segment: ChartSegment, at x: Double, scale: Double, in chart: inout ChartDrawing, strings: ReportStrings) {
        let segmentWidth = segment.percent * scale
        guard segmentWidth > 0 else { return }
        let percent = strings.number(segment.percent, digits: 0) + "%"
        chart.rect(x, barTop, segmentWidth, barHeight, fill: segment.style.fill, tooltip: "\(segment.label): \(percent)")
        switch segment.style.hatching {
        case .none: break
        case .single: chart.hatch(x, barTop, segmentWidth, barHeight, crossed: false)
        case .crossed: chart.hatch(x, barTop, segmentWidth, barHeight, crossed: true)
        }
        if segmentWidth >= 30 {
            chart.text(percent, x + segmentWidth / 2, barTop + barHeight / 2 + 5, anchor: "middle", fill: segment.style.textFill, bold: true, halo: segment.style.hatching != .none)
        }
    }
}
