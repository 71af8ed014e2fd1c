import HavenCSV
@testable import HavenCore
import HavenSurvey
import Testing

/// The quarters of a release share its comment reviews, reviewed ahead on a thread of their own: a
/// release of several quarters must be, quarter by quarter, the release of each quarter alone.
@Suite("quarters released together, as each alone")
struct QuarterIndependenceTests {
    @Test("every figure, group list, comment list and fingerprint of a quarter is as in its own release")
    func togetherEqualsAlone() throws {
        let module = try builtIn("workplace-support")
        let periods = try #require(Period.parseRange("2026Q1..2026Q3"))
        let data = SyntheticResponses(module: module, rows: 500, seed: 17, periods: periods)
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", try CSVWriter.string { try data.write(to: $0) })
        let counts = try ResponseCounts.read(module, fromFile: file, periods: periods)
        let engine = DisclosureControl(module: module)
        let tables = try engine.catalogue.tables(by: ["site_type", "role"], filter: [])
        let together = engine.release(counts, periods: periods, tables: tables)
        #expect(together.figures.contains { $0.value.isShown } && together.figures.contains { !$0.value.isShown })
        for period in periods {
            let alone = engine.release(counts, periods: [period], tables: tables)
            #expect(together.figures.filter { $0.key.period == period } == alone.figures, "\(period)")
            #expect(together.groups[period] == alone.groups[period])
            #expect(together.withheldTables[period] == alone.withheldTables[period])
            #expect(together.withheld.contains(period) == alone.withheld.contains(period))
            #expect(together.fingerprints[period] == alone.fingerprints[period])
            // Each review shuffles its list.
            #expect(together.comments[period]?.mapValues { $0.sorted() } == alone.comments[period]?.mapValues { $0.sorted() })
        }
    }
}
