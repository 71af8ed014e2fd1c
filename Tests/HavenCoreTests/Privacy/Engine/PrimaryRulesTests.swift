import HavenSurvey
import Testing

@testable import HavenCore

@Suite("the primary rules hide small groups, questions few answered and small counts, each for its own reason")
struct PrimaryRulesTests {
    @Test("measures sort in the order they are declared, as a group's figures are laid out")
    func measureOrder() {
        #expect(Measure.allCases.sorted() == Measure.allCases)
        #expect(Measure.allCases.reversed().sorted() == Measure.allCases)
    }

    /// Site a: three people (a small group). Site b: twelve, of whom three answered `team`. Site
    /// s: twenty, spread over the scale with one "1", four of them saying "yes" to `affected`, the
    /// only answers it has (a sensitive question few answered, tabulated for the organisation).
    @Test("each figure gets the first rule that hides it, and a question few answered hides only its own figures")
    func reasons() throws {
        let module = try attackModule()
        let responses = people(3, site: "a", affected: nil)
            + people(9, site: "b", team: nil, affected: nil) + people(3, site: "b", team: "5", affected: nil)
            + people(1, site: "s", team: "1", affected: nil) + people(6, site: "s", team: "2", affected: nil)
            + people(6, site: "s", team: "4", affected: nil) + people(3, site: "s", team: "5", affected: nil)
            + people(4, site: "s", team: "5", affected: "yes")
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        var tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["site"], filter: []), catalogue: catalogue)
        PrimaryRules.apply(to: &tabulation)
        func reason(_ site: String?, _ question: String?, _ measure: Measure, _ option: String? = nil) throws -> Figure.Suppression? {
            let group = site.map { GroupKey([GroupCondition(dimension: "site", value: $0)]) } ?? .all
            let key = FigureKey(period: q3, group: group, question: question, measure: measure, option: option)
            return try #require(tabulation[key], "\(key)").figure.suppression
        }

        let siteA = GroupKey([GroupCondition(dimension: "site", value: "a")])
        #expect(!tabulation.positions(of: siteA).isEmpty)
        #expect(tabulation.positions(of: siteA).allSatisfy { tabulation.entries[$0].figure.suppression == .smallGroup })

        #expect(try reason(nil, nil, .respondents) == nil)
        #expect(try reason(nil, "affected", .answered) == .fewAnswers)
        #expect(try reason(nil, "affected", .count, "yes") == .fewAnswers)
        #expect(try reason(nil, "team", .answered) == nil, "the next question is not few answered")
        #expect(try reason(nil, "team", .count, "1") == .smallCount)
        #expect(try reason(nil, "team", .count, "4") == nil)

        #expect(try reason("b", nil, .respondents) == nil)
        for measure in [Measure.answered, .favorablePercent, .mean] {
            #expect(try reason("b", "team", measure) == .fewAnswers, "\(measure)")
        }
        #expect(try reason("b", "team", .count, "5") == .fewAnswers)

        #expect(try reason("s", "team", .answered) == nil)
        #expect(try reason("s", "team", .count, "1") == .smallCount)
        #expect(try reason("s", "team", .percent, "1") == .derived)
        #expect(try reason("s", "team", .count, "3") == nil, "a zero of an unprotected question")
        #expect(try reason("s", "team", .count, "4") == nil)
        #expect(try reason("s", "team", .favorablePercent) == nil)
    }
}
