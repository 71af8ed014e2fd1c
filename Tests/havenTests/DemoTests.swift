import HavenCore
import Testing

@testable import haven

@Suite("haven demo")
struct DemoTests {
    @Test("each quarterly module is broken down by its dimension with the fewest values, which keeps the audit quick")
    func breakdowns() throws {
        let library = SurveyLibrary()
        #expect(Demo.breakdown(of: try library.module(id: "workplace-support")) == "supervisor")
        #expect(Demo.breakdown(of: try library.module(id: "wellbeing-pulse")) == "patient_facing")
        #expect(Demo.breakdown(of: try library.module(id: "collaborative-outcomes")) == "team_lead")
    }

    @Test("an unknown language is refused before any work is done")
    func unknownLanguage() {
        let result = runHaven(["demo", "--lang", "fr", "--out", "x"])
        #expect(result.status != 0)
        #expect(result.errors.contains("unknown language 'fr'"))
    }
}
