import Foundation
import HavenCSV
import HavenCore
import HavenSurvey
import Testing

@Suite("what leaves the engine is inert and aggregate")
struct OutputSafetyTests {
    /// A module whose site list is open, so site names come straight from imported files.
    func openSiteModule() throws -> SurveyModule {
        let source = SurveySource(
            path: "open.yaml",
            contents: """
                id: open
                version: 1
                languages: [en, es]
                title: {en: Check-in, es: Consulta}
                intro: {en: Anonymous., es: Anónima.}
                sections:
                  - id: main
                    title: {en: Main, es: Principal}
                    questions:
                      - id: team
                        type: scale
                        scale: AGREE5
                        text: {en: Team, es: Equipo}
                      - id: site
                        type: dimension
                        dimension: site
                        text: {en: Site, es: Sede}
                """)
        return try #require(try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [source]).module(id: "open"))
    }

    static let payloads = [
        "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", " =1+1", "\"=1\"",
        "A&E <Unit>, \"North\"\nwing",
    ]

    @Test("T25 CSV injection: hostile site names from an imported file come out quoted, neutralised and round-trip")
    func t25CSVInjection() throws {
        let module = try openSiteModule()
        var counts = ResponseCounts(module: module)
        for (index, site) in Self.payloads.enumerated() {
            // Six or more of each answer: a site table mostly hidden by the primary rules would be
            // withheld whole, and its names would never reach the CSV.
            for person in 0..<(30 + index) {
                counts.add(Response(survey: "open", version: 1, period: q3, answers: ["site": .choice(site), "team": .choice(String(person % 5 + 1))]))
            }
        }
        let engine = DisclosureControl(module: module)
        let release = engine.release(counts, periods: [q3], tables: try engine.catalogue.tables(by: ["site"], filter: []), earlier: [])
        let bytes = try CSVWriter.bytes { try TidyCSV.write(release, to: $0) }
        var rows: [[String]] = []
        try CSVReader(bytes: bytes).forEachRow { rows.append($0.strings()) }
        #expect(rows.first == TidyCSV.header)
        let groups = Set(rows.dropFirst().map { $0[2] })
        for payload in Self.payloads {
            #expect(groups.contains("site=\(payload)"), "site \(payload.debugDescription) round-trips inside its group")
        }
        for row in rows.dropFirst() {
            for field in row {
                let first = field.unicodeScalars.first { !$0.properties.isWhitespace }
                #expect(!["=", "+", "@"].contains(first.map(Character.init)) || field.hasPrefix("'"), "field \(field.debugDescription) could run as a formula")
            }
            #expect(row[6].isEmpty || Double(row[6]) != nil, "values are plain numbers")
            #expect(["shown", "suppressed"].contains(row[7]))
        }
    }

    @Test("T31 no microdata: outputs hold aggregates only, never a response id or one person's row")
    func t31NoMicrodata() throws {
        let module = try builtIn("workplace-support")
        let data = SyntheticResponses(module: module, rows: 300, seed: 5, periods: [q3])
        let csv = try CSVWriter.string { try data.write(to: $0) }
        var ids: [String] = []
        var counts = ResponseCounts(module: module)
        let folder = try TemporaryFolder()
        let file = try folder.write("in.csv", csv)
        try CSVReader(path: file).forEachRow { row in if row.number > 1 { ids.append(row.string(at: 0)) } }
        let store = try SQLiteStore(path: folder.file("s.sqlite"))
        _ = try ResponseImport(module: module, path: file).run(into: store)
        try store.forEachResponse(survey: module.id, periods: nil) { counts.add($0) }
        let engine = DisclosureControl(module: module)
        let release = engine.release(counts, periods: [q3], tables: try engine.catalogue.tables(by: ["role"], filter: []), earlier: [])
        let output = try CSVWriter.string { try TidyCSV.write(release, to: $0) }
        for id in ids.prefix(50) {
            #expect(!output.contains(id))
        }
        for (key, figure) in release.figures where figure.isShown && key.measure == .respondents {
            #expect(figure.count >= module.thresholds.group, "a shown group of \(figure.count) is one person's row in disguise")
        }
        let hidden = release.figures.values.filter { !$0.isShown }
        #expect(!hidden.isEmpty, "synthetic data has small groups, so some figures are hidden")
        #expect(!output.contains("response_id"))
    }
}
