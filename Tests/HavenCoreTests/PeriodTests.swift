import Foundation
import HavenCore
import Testing

@Suite("calendar quarters")
struct PeriodTests {
    @Test("parses and prints quarters, refusing anything else")
    func parsing() {
        #expect(Period("2026Q4")?.description == "2026Q4")
        #expect(Period("2026q1") == Period(year: 2026, quarter: 1))
        for bad in ["2026Q5", "2026Q0", "26Q1", "2026-Q1", "2026", "Q1", ""] {
            #expect(Period(bad) == nil, "\(bad)")
        }
    }

    @Test("a date falls in its calendar quarter")
    func containing() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "America/Chicago"))
        let date = try #require(calendar.date(from: DateComponents(year: 2026, month: 9, day: 30, hour: 23)))
        #expect(Period.containing(date, calendar: calendar).description == "2026Q3")
    }

    @Test("ranges run across years")
    func ranges() {
        #expect(Period.parseRange("2025Q3..2026Q2")?.map(\.description) == ["2025Q3", "2025Q4", "2026Q1", "2026Q2"])
        #expect(Period.parseRange("2026Q3")?.map(\.description) == ["2026Q3"])
        #expect(Period.parseRange("2026Q3..2026Q1") == nil)
    }
}
