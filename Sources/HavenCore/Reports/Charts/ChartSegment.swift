/// One answer's share in a chart, with how it is drawn.
public struct ChartSegment: Sendable {
    /// The answer's label.
    public var label: String
    /// Its percentage (0–100), from a shown figure.
    public var percent: Double
    /// Its colour and hatching.
    public var style: SegmentStyle

    /// Creates a segment.
    public init(label: String, percent: Double, style: SegmentStyle) {
        self.label = label
        self.percent = percent
        self.style = style
    }
}

/// One entry of a chart's legend (HTML beside the chart, so it wraps and reads well).
public struct LegendEntry: Sendable {
    public var label: String
    public var swatch: String
}
