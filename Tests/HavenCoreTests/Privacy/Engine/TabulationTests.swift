import HavenCSV
import HavenSurvey
import Testing

@testable import HavenCore

@Suite("a quarter's tabulation lays out every figure once, in key order, with its numbers and what it sums")
struct TabulationTests {
    /// Site s: twenty people over the scale (one "1", six "2", six "4", seven "5"), four of them
    /// saying "yes" to `affected`; site a: six people who skipped `team`.
    @Test("slices of whole groups' runs cover every figure once, in order, however many are asked for")
    func runSlices() throws {
        let module = try attackModule()
        let responses = ["a", "b", "s"].flatMap { site in ["rn", "md"].flatMap { people(3, site: site, role: $0, team: "2") } }
        let tabulation = try tabulate(module, responses, by: ["site", "role"])
        let groups = tabulation.groups.values.reduce(0) { $0 + $1.count }
        #expect(groups == 12)
        for asked in [1, 3, 8, groups, 100] {
            let slices = tabulation.runSlices(asked)
            #expect(slices.first?.lowerBound == 0)
            #expect(slices.last?.upperBound == tabulation.allPositions.upperBound)
            #expect(zip(slices, slices.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
            #expect(slices.allSatisfy { tabulation.sizePosition(of: $0.lowerBound) == $0.lowerBound }, "each starts a group's run")
            #expect(slices.count <= min(asked, groups))
        }
        #expect(tabulation.runSlices(1).count == 1)
        #expect(tabulation.runSlices(100).count == groups, "as many slices as runs when more are asked for")
    }

    @Test("numbers follow from the counts: percentages of those who answered, favourable of those scored, the mean of the scores")
    func numbers() throws {
        let module = try attackModule()
        let responses = people(1, site: "s", team: "1") + people(6, site: "s", team: "2") + people(6, site: "s", team: "4")
            + people(3, site: "s", team: "5") + people(4, site: "s", team: "5", affected: "yes") + people(6, site: "a", team: nil)
        let tabulation = try tabulate(module, responses, by: ["site"])
        let s = GroupKey([GroupCondition(dimension: "site", value: "s")])
        let a = GroupKey([GroupCondition(dimension: "site", value: "a")])
        func entry(_ group: GroupKey, _ question: String?, _ measure: Measure, _ option: String? = nil) throws -> Tabulation.Entry {
            let key = FigureKey(period: q3, group: group, question: question, measure: measure, option: option)
            return try #require(tabulation[key], "\(key)")
        }

        #expect(try entry(s, nil, .respondents).figure.count == 20)
        #expect(try entry(s, "team", .answered).figure.count == 20)
        #expect(try entry(s, "team", .count, "2").figure.count == 6)
        #expect(try entry(s, "team", .percent, "2").figure.value == 30)
        let favorable = try entry(s, "team", .favorablePercent)
        #expect(favorable.figure.count == 13)
        #expect(favorable.figure.value == 65)
        #expect(favorable.answered == 20)
        #expect(favorable.functionals.map(\.categories) == [[3, 4], [0, 1, 2, 3, 4]])
        #expect(favorable.complementForm?.categories == [0, 1, 2])
        let mean = try entry(s, "team", .mean)
        #expect(mean.figure.value == 3.6)
        #expect(mean.answered == mean.figure.count, "a mean's answered count is its count, whatever its cell keeps beside it")
        // A sensitive question is tabulated for the organisation only.
        #expect(tabulation[FigureKey(period: q3, group: s, question: "affected", measure: .answered)] == nil)
        let yes = try entry(.all, "affected", .count, "yes")
        #expect(yes.figure.count == 4)
        #expect(yes.isSensitive)
        #expect(yes.answered == 26)
        #expect(yes.functionals == [Functional(system: .question("affected"), group: .all, categories: [0])])
        #expect(yes.complementForm?.functional(in: .all) == Functional(system: .question("affected"), group: .all, categories: [1, 2]))
        #expect(try !entry(.all, "affected", .count, "prefer-not").isSubstantive)
        #expect(try entry(.all, "affected", .answered).protectionThreshold == module.thresholds.group)

        #expect(try entry(a, "team", .answered).figure.count == 0)
        #expect(try entry(a, "team", .favorablePercent).figure.value == 0)
        #expect(tabulation[FigureKey(period: q3, group: a, question: "team", measure: .mean)] == nil, "no mean where nobody gave a score")
    }

    @Test("each group's run starts with its size, its keys strictly increase, and each figure is found again by its key")
    func layout() throws {
        let module = try builtIn("workplace-support")
        let data = SyntheticResponses(module: module, rows: 400, seed: 3, periods: [q3])
        let csv = try CSVWriter.string { try data.write(to: $0) }
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", csv)
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        _ = try ResponseImport(module: module, path: file).run(into: store)
        var counts = ResponseCounts(module: module)
        try store.forEachResponse(survey: module.id, periods: nil) { counts.add($0) }
        let catalogue = ReportCatalogue(module: module)
        let quarter = try #require(counts.quarters[q3])
        let tabulation = Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: ["role"], filter: []), catalogue: catalogue)

        let groups = tabulation.groups.values.joined().sorted()
        #expect(groups.count > 1)
        #expect(groups.map { tabulation.positions(of: $0).count }.reduce(0, +) == tabulation.allPositions.count, "every figure is in one group's run")
        var multiChoice = 0
        for group in groups {
            let run = tabulation.positions(of: group)
            #expect(tabulation.measure(at: run.lowerBound) == .respondents)
            for position in run {
                let key = tabulation.key(at: position)
                #expect(key.group == group)
                #expect(tabulation.position(of: key) == position, "\(key)")
                #expect(tabulation.sizePosition(of: position) == run.lowerBound)
                #expect(tabulation.isGroupSize(at: position) == (position == run.lowerBound))
                #expect(tabulation.run(containing: position) == (group, run))
                let systems = tabulation.entry(at: position).functionals.map(\.system)
                #expect(tabulation.systems(at: position) == systems.enumerated().filter { !systems[..<$0.offset].contains($0.element) }.map(\.element))
                if position > run.lowerBound { #expect(tabulation.key(at: position - 1) < key) }
                if case .multiOption = tabulation.form(at: position)?.system, key.measure == .count {
                    multiChoice += 1
                    let entry = tabulation.entry(at: position)
                    let percent = try #require(tabulation[FigureKey(period: q3, group: group, question: key.question, measure: .percent, option: key.option)])
                    #expect(percent.figure.value == Tabulation.percent(entry.figure.count, of: entry.answered))
                }
            }
        }
        #expect(multiChoice > 0, "the module's multi-choice questions are tabulated option by option")
    }

    private func tabulate(_ module: SurveyModule, _ responses: [Response], by dimensions: [String]) throws -> Tabulation {
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        return Tabulation(period: q3, counts: quarter, tables: try catalogue.tables(by: dimensions, filter: []), catalogue: catalogue)
    }
}
