import HavenCore
import Testing

@Suite("the report's own statistics")
struct ReportStatisticsTests {
    @Test("Wilson score interval of 81/263 matches the published values")
    func wilson() throws {
        let interval = try #require(WilsonInterval(successes: 81, trials: 263))
        #expect(abs(interval.lower - 0.2553) < 0.0001)
        #expect(abs(interval.upper - 0.3662) < 0.0001)
        #expect(WilsonInterval(successes: 0, trials: 0) == nil)
        let zero = try #require(WilsonInterval(successes: 0, trials: 10))
        #expect(zero.lower == 0 && zero.upper > 0.27)
    }

    @Test("Newcombe's hybrid score interval reproduces his worked example (56/70 vs 48/80: 0.0524 to 0.3339)")
    func newcombe() throws {
        let change = try #require(ProportionChange(earlier: (48, 80), later: (56, 70)))
        #expect(abs(change.points - 20) < 1e-9)
        #expect(abs(change.lower - 5.24) < 0.01)
        #expect(abs(change.upper - 33.39) < 0.01)
        #expect(change.isClear)
        let unclear = try #require(ProportionChange(earlier: (50, 100), later: (55, 100)))
        #expect(!unclear.isClear, "a 5-point change on 100 answers each is within noise")
        #expect(ProportionChange(earlier: (1, 0), later: (1, 2)) == nil)
    }

    @Test("the conservative mean-shift interval uses (sd_now + sd_before)² and the smaller count")
    func meanShift() throws {
        let before = MeanShift.Side(mean: 2.0, deviation: 1.0, count: 100)
        let now = MeanShift.Side(mean: 3.0, deviation: 0.5, count: 80)
        let shift = try #require(MeanShift(before: before, now: now))
        let half = WilsonInterval.z95 * 1.5 / 80.0.squareRoot()
        #expect(abs(shift.points - 1) < 1e-12)
        #expect(abs(shift.lower - (1 - half)) < 1e-12 && abs(shift.upper - (1 + half)) < 1e-12)
        #expect(shift.isClear)
        let bound = MeanShift.Side(mean: 3, count: 10, scale: 1...5)
        #expect(bound.deviation == 2, "Bhatia–Davis: sqrt((5−3)(3−1))")
        let side = try #require(MeanShift.Side(distribution: [(1, 1), (3, 1)]))
        #expect(side.mean == 2 && side.deviation == 1 && side.count == 2)
    }

    @Test("recommendation index: % 9–10 minus % 0–6")
    func recommendation() {
        #expect(RecommendationIndex.value(high: 50, low: 20, scored: 100) == 30)
        #expect(RecommendationIndex.value(high: 0, low: 10, scored: 10) == -100)
        #expect(RecommendationIndex.value(high: 0, low: 0, scored: 0) == nil)
    }

    @Test("headcounts in haven.yaml: read, and wrong values reported at their line and column")
    func headcounts() throws {
        let configuration = try Configuration.parse("headcounts:\n  all: 240\n  north: 80\n", path: "haven.yaml")
        #expect(configuration.headcounts == ["all": 240, "north": 80])
        #expect(throws: HavenError.self) { try Configuration.parse("headcounts: 12\n", path: "haven.yaml") }
        do {
            _ = try Configuration.parse("organization: X\nheadcounts:\n  all: none\n", path: "haven.yaml")
            Issue.record("a headcount that is not a number must fail")
        } catch {
            #expect(error.description.hasPrefix("haven.yaml:3:8:"), "\(error.description)")
        }
        do {
            _ = try Configuration.parse("headcounts:\n  all: 0\n", path: "haven.yaml")
            Issue.record("a zero headcount must fail")
        } catch {
            #expect(error.description.contains("above 0"))
        }
        do {
            _ = try Configuration.parse("headcounts:\n  south: 10\nsites: [North]\n", path: "haven.yaml")
            Issue.record("a headcount for an unknown site must fail")
        } catch {
            #expect(error.description.hasPrefix("haven.yaml:2:3:") && error.description.contains("north"), "\(error.description)")
        }
        do {
            // An unclosed flow sequence on line 3: the error points there, not at the file's start.
            _ = try Configuration.parse("organization: X\nheadcounts:\n  all: [240\n", path: "haven.yaml")
            Issue.record("malformed YAML must fail")
        } catch {
            #expect(error.description.hasPrefix("haven.yaml:3:") && error.description.contains("malformed YAML"), "\(error.description)")
        }
    }
}
