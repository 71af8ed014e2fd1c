import HavenSurvey
import Testing

@testable import HavenCore

/// A first release probes its large tables before tabulating them whole, on a tabulation of the
/// group sizes and the sampled questions alone (`UpFrontWithholding`). It must decide what the
/// probe over the whole tabulation decided: the same tables hidden whole, the same verdict for
/// the loop, and so, figure for figure, the same release.
@Suite("a first release probes its tables before tabulating them whole, and decides as the whole tabulation did")
struct UpFrontProbeTests {
    /// Sites of two to fourteen people per role, answers spread at random: most of the nested
    /// table is small, the sites' tables half shown, half failing. Each answers `scales` too.
    func responses(seed: UInt64, sites: Int, scales: [String] = []) -> [Response] {
        var generator = SeededGenerator(seed: seed)
        var responses: [Response] = []
        let answers = ["1", "2", "3", "4", "5"]
        for site in 0..<sites {
            for role in ["rn", "md", "admin"] {
                for _ in 0..<Int.random(in: 2...14, using: &generator) {
                    var response = people(
                        1, site: "s\(site)", role: role, team: answers.randomElement(using: &generator),
                        affected: ["yes", "no", "no", "no"].randomElement(using: &generator))[0]
                    for scale in scales { response.answers[scale] = .choice(answers.randomElement(using: &generator) ?? "3") }
                    responses.append(response)
                }
            }
        }
        return responses
    }

    /// The suppression of a first release of `responses` by site and role, every system audited
    /// by moves, with tables hidden whole at `hopelessFailures`: probed before tabulating, or by
    /// the loop over the whole tabulation.
    func suppression(
        _ responses: [Response], sites: Int, scales: [String] = [], hopelessFailures: Int, probingUpFront: Bool
    ) throws -> (SecondarySuppression, probed: [BreakdownTable]) {
        let module = try attackModule(sites: (0..<sites).map { "s\($0)" }, scales: scales)
        let quarter = try #require(counts(module, responses).quarters[q3])
        let catalogue = ReportCatalogue(module: module)
        let tables = try catalogue.tables(by: ["site", "role"], filter: [])
        let listed = QuarterGroups(of: tables, counts: quarter, module: module)
        let model = QuarterModel(counts: quarter, groups: listed.all)
        var upFront = UpFrontWithholding(period: q3, counts: quarter, tables: tables, listed: listed, catalogue: catalogue)
        let mostlyHidden = upFront.tables
        if probingUpFront {
            upFront.probe(
                period: q3, counts: quarter, tables: tables, listed: listed, catalogue: catalogue, model: model,
                groupThreshold: 5, exactLimit: 0, hopelessFailures: hopelessFailures)
        }
        var tabulation = Tabulation(period: q3, counts: quarter, tables: tables, catalogue: catalogue, leavingOut: Set(upFront.tables), listed: listed)
        PrimaryRules.apply(to: &tabulation)
        var secondary = SecondarySuppression(tabulation: tabulation, model: model, earlier: EarlierKnowledge(), groupThreshold: 5, exactLimit: 0)
        secondary.collapse.hopelessFailures = hopelessFailures
        secondary.withheldBeforehand(upFront.tables, upFront.withheld)
        secondary.probedUpFront = upFront.probeIsClear
        secondary.run()
        return (secondary, upFront.tables.filter { !mostlyHidden.contains($0) })
    }

    @Test("the tables probed before tabulating are hidden as the probe over the whole tabulation hid them, figure for figure")
    func sameRelease() throws {
        var probedAway = 0
        for seed: UInt64 in 1...4 {
            for hopelessFailures in [1, 4] {
                probedAway += try compare(seed: seed, sites: 6 + Int(seed) * 3, hopelessFailures: hopelessFailures)
            }
        }
        #expect(probedAway > 0, "some table was hidden whole by the probe before tabulating")
    }

    /// Fourteen systems: a probe samples every other one, and its tabulation leaves out the
    /// questions of the others.
    @Test("a probe's tabulation of the sampled questions alone decides as the whole tabulation did")
    func sampledQuestionsAlone() throws {
        let scales = (2...12).map { "team\($0)" }
        let plan = ProbePlan(counts: Dictionary(uniqueKeysWithValues: ([AuditSystemID.respondents, .question("team"), .question("affected")] + scales.map(AuditSystemID.question)).map { ($0, 1) }))
        #expect(ProbePlan.questions(of: plan.sampled).count < scales.count + 2, "the fixture's plan leaves questions out")
        var probedAway = 0
        for seed: UInt64 in 1...2 {
            probedAway += try compare(seed: seed, sites: 12, scales: scales, hopelessFailures: 1)
        }
        #expect(probedAway > 0, "some table was hidden whole by the probe before tabulating")
    }

    /// Compares the two ways for one data set; the tables the probe hid before tabulating.
    private func compare(seed: UInt64, sites: Int, scales: [String] = [], hopelessFailures: Int) throws -> Int {
        let responses = responses(seed: seed, sites: sites, scales: scales)
        let (early, probed) = try suppression(responses, sites: sites, scales: scales, hopelessFailures: hopelessFailures, probingUpFront: true)
        let (late, none) = try suppression(responses, sites: sites, scales: scales, hopelessFailures: hopelessFailures, probingUpFront: false)
        #expect(none.isEmpty)
        let context = "seed \(seed), hopeless at \(hopelessFailures)"
        #expect(early.tablesHiddenWhole == late.tablesHiddenWhole, "\(context)")
        #expect(early.failedClosed == late.failedClosed, "\(context)")
        let (before, after) = (late.tabulation, early.tabulation)
        try #require(after.allPositions == before.allPositions, "\(context)")
        let differing = before.allPositions.filter { before.key(at: $0) != after.key(at: $0) || before.figure(at: $0) != after.figure(at: $0) }
        #expect(differing.isEmpty, "\(context): \(differing.prefix(3).map(before.key(at:)))")
        return probed.count
    }
}
