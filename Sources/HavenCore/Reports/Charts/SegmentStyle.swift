/// How one answer is drawn: a colour from a colour-blind-safe palette (ColorBrewer PuOr: orange for
/// less favourable, purple for more favourable) plus a hatching that also tells it apart in grey
/// print, and the text colour readable on it. The same style names the legend's CSS class.
public struct SegmentStyle: Sendable, Equatable {
    /// The segment's colour.
    public var fill: String
    /// The colour of a label drawn on it.
    public var textFill: String
    /// None, single or crossed diagonal hatching.
    public var hatching: Hatching
    /// The legend swatch's CSS class.
    public var swatch: String

    /// Diagonal lines over a segment: a second cue besides colour, kept in grey print.
    public enum Hatching: Sendable, Equatable {
        case none, single, crossed
    }

    static let strongNegative = SegmentStyle(fill: "#b35806", textFill: "#ffffff", hatching: .crossed, swatch: "sw-neg2")
    static let negative = SegmentStyle(fill: "#f1a340", textFill: "#1a1a1a", hatching: .single, swatch: "sw-neg1")
    static let neutral = SegmentStyle(fill: "#d9d9d9", textFill: "#1a1a1a", hatching: .none, swatch: "sw-mid")
    static let positive = SegmentStyle(fill: "#998ec3", textFill: "#1a1a1a", hatching: .none, swatch: "sw-pos1")
    static let strongPositive = SegmentStyle(fill: "#542788", textFill: "#ffffff", hatching: .none, swatch: "sw-pos2")
    /// Bars of nominal answers, all alike: their labels tell them apart.
    static let bar = SegmentStyle(fill: "#3b6ea5", textFill: "#ffffff", hatching: .none, swatch: "sw-bar")

    /// A sequential ramp for ordered scales without a favourable side (light to dark), hatching on
    /// alternate steps so neighbours differ without colour too.
    static func sequential(_ index: Int, of count: Int) -> SegmentStyle {
        let ramp = ["#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"]
        let position = count <= 1 ? 0 : Int((Double(index) / Double(count - 1) * Double(ramp.count - 1)).rounded())
        let dark = position >= 4
        return SegmentStyle(
            fill: ramp[position], textFill: dark ? "#ffffff" : "#1a1a1a", hatching: index % 2 == 1 ? .single : .none,
            swatch: "sw-seq\(position)\(index % 2 == 1 ? " sw-hatch" : "")")
    }
}
