import Foundation
import Testing

/// One problem kind, in its own fixture file, with where and what the validator must report.
struct ProblemCase: Sendable, CustomTestStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var message: String

    var testDescription: String { file }
}

@Suite("haven surveys validate")
struct SurveysValidateTests {
    static let problems: [ProblemCase] = [
        ProblemCase(file: "unknown-key", line: 14, column: 9, message: "unknown key 'colour' in question 'team-support'"),
        ProblemCase(file: "duplicate-id", line: 14, column: 13, message: "the question id 'team-support' is used twice (first at line 10)"),
        ProblemCase(file: "show-if-missing-question", line: 17, column: 29, message: "show_if names the question 'team-suport', which this module does not have; did you mean 'team-support'?"),
        ProblemCase(file: "show-if-missing-option", line: 17, column: 53, message: "show_if: 'strongly-disagree' is not an option of question 'team-support'"),
        ProblemCase(file: "missing-translation", line: 14, column: 11, message: "missing Spanish (es) translation of the text of question 'team-support'"),
        ProblemCase(file: "sensitive-without-prefer-not", line: 13, column: 20, message: "question 'affected' is sensitive but has no 'prefer-not' option"),
        ProblemCase(file: "threshold-below-3", line: 7, column: 10, message: "the group threshold is 2; no threshold may be below 3"),
        ProblemCase(file: "dimension-without-options", line: 10, column: 9, message: "the dimension 'role' of question 'role' needs options"),
        ProblemCase(file: "unknown-scale", line: 12, column: 16, message: "unknown scale 'AGREE7'; did you mean 'AGREE5'?"),
        ProblemCase(file: "malformed-yaml", line: 13, column: 46, message: "malformed YAML: while scanning a quoted scalar, found unexpected end of stream"),
    ]

    @Test("each problem kind is reported at its path:line:column with a non-zero exit", arguments: problems)
    func reportsProblem(_ problem: ProblemCase) throws {
        let path = Fixtures.path("surveys/invalid/\(problem.file).yaml")
        let result = runHaven(["surveys", "validate", path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "exactly one problem and the summary, got:\n\(result.errors)")
        let expectedPrefix = "\(path):\(problem.line):\(problem.column): error: \(problem.message)"
        #expect(lines.first?.hasPrefix(expectedPrefix) == true, "expected \(expectedPrefix)\ngot \(lines.first ?? "nothing")")
        #expect(lines.last == "1 problem in 1 file")
        #expect(result.output.isEmpty)
    }

    @Test("every fixture of the invalid folder is covered by a case")
    func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("surveys/invalid")).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(Self.problems.map(\.file)))
    }

    @Test("all the invalid fixtures at once: every problem reported, sorted by file")
    func reportsEveryFileAtOnce() {
        let result = runHaven(["surveys", "validate", Fixtures.path("surveys/invalid")])
        #expect(result.status == 1)
        let problemLines = result.errors.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(problemLines.count == Self.problems.count)
        #expect(result.errors.hasSuffix("\(Self.problems.count) problems in \(Self.problems.count) files\n"))
    }

    @Test("the shipped modules validate, from the checkout and as built in")
    func shippedModulesAreValid() throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let fromCheckout = runHaven(["surveys", "validate"], workingDirectory: packageRoot)
        #expect(fromCheckout.status == 0, "\(fromCheckout.errors)")
        // The five production modules, the benchmark example and the two shared files.
        #expect(fromCheckout.output == "8 files: 6 modules checked, no problems\n")

        let elsewhere = try TemporaryFolder()
        let builtIn = runHaven(["surveys", "validate"], workingDirectory: elsewhere.path)
        #expect(builtIn.status == 0, "\(builtIn.errors)")
        #expect(builtIn.output.hasPrefix("the built-in modules: "))
    }

    @Test("a valid module of one's own passes")
    func validFixturePasses() {
        let result = runHaven(["surveys", "validate", Fixtures.path("surveys/valid/team-check-in.yaml")])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "1 file: 1 module checked, no problems\n")
    }

    @Test("a file that does not exist is a located problem, not a crash")
    func missingFile() {
        let result = runHaven(["surveys", "validate", "/nonexistent/team.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("/nonexistent/team.yaml:1:1: error: the file does not exist"))
    }

    @Test("problems found together are all reported, in file order")
    func severalProblemsInOneFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "many.yaml",
            """
            id: many
            version: zero
            languages: [en, es]
            title: {en: Check-in}
            intro: {en: Anonymous., es: Anónima.}
            sections:
              - id: main
                title: {en: Main, es: Principal}
                questions:
                  - id: pick
                    type: multi
                    max: 4
                    text: {en: Pick, es: Elija}
                    options:
                      - {code: a, label: {en: A, es: A}}
                      - {code: a, label: {en: B, es: B}}
            """)
        let result = runHaven(["surveys", "validate", path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(path):2:10: error: version must be a whole number, not 'zero'",
            "\(path):4:8: error: missing Spanish (es) translation of the module title",
            "\(path):12:14: error: max must be between 1 and the number of options (1), not 4",
            "\(path):15:11: error: question 'pick' needs at least two options",
            "\(path):16:13: error: the option code 'a' is used twice in question 'pick' (first at line 15)",
            "5 problems in 1 file",
        ])
    }
}
