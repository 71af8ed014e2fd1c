import Foundation
import Testing

@Suite("haven surveys list and show")
struct SurveysCommandsTests {
    static let productionModules = ["collaborative-outcomes", "session-feedback", "supervisor-readiness", "wellbeing-pulse", "workplace-support"]

    @Test("list names the five modules, in English and Spanish")
    func listsModules() {
        let result = runHaven(["surveys", "list"])
        #expect(result.status == 0)
        let ids = result.output.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(ids == Self.productionModules)
        for line in result.output.split(separator: "\n") {
            #expect(line.contains("en,es"))
        }
    }

    @Test("show --format json carries ids, types, flags and option labels in the chosen language")
    func showJSONInSpanish() throws {
        let result = runHaven(["surveys", "show", "workplace-support", "--lang", "es", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "workplace-support")
        #expect(json["version"] as? Int == 1)
        #expect(json["languages"] as? [String] == ["en", "es"])
        let questions = try #require(json["questions"] as? [[String: Any]])
        #expect(questions.count > 20)
        for question in questions {
            for key in ["id", "type", "dimension", "sensitive", "optional", "options"] {
                #expect(question[key] != nil, "question \(question["id"] ?? "?") lacks \(key)")
            }
        }
        let sensitive = questions.filter { $0["sensitive"] as? Bool == true }
        #expect(!sensitive.isEmpty)
        #expect(sensitive.allSatisfy { $0["optional"] as? Bool == true })
        let role = try #require(questions.first { $0["dimension_name"] as? String == "role" })
        #expect(role["dimension"] as? Bool == true)
        let agree = try #require(questions.first { $0["scale"] as? String == "AGREE5" })
        let labels = (agree["options"] as? [[String: String]] ?? []).map { $0["label"] ?? "" }
        #expect(labels.contains("Muy en desacuerdo") || labels.contains { $0.lowercased().contains("desacuerdo") })
    }

    @Test("show in text lists each question with its answer codes")
    func showText() {
        let result = runHaven(["surveys", "show", "session-feedback", "--session", "3"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Session Feedback"))
        #expect(result.output.contains("dimension session"))
        #expect(result.output.contains("not asked"))
    }

    @Test("an unknown module or language is a clear error")
    func unknownModule() {
        let missing = runHaven(["surveys", "show", "workplace-suport"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("there is no survey module 'workplace-suport'"))
        #expect(missing.errors.contains("workplace-support"))
        let language = runHaven(["surveys", "show", "workplace-support", "--lang", "fr"])
        #expect(language.status != 0)
        #expect(language.errors.contains("not available in 'fr'"))
    }

    @Test("--surveys adds modules at run time and replaces built-in ones of the same id")
    func surveysDirectoryOverrides() throws {
        let folder = try TemporaryFolder()
        let custom = try String(contentsOfFile: Fixtures.path("surveys/valid/team-check-in.yaml"), encoding: .utf8)
        _ = try folder.write("team-check-in.yaml", custom)
        let replaced = custom.replacingOccurrences(of: "id: team-check-in", with: "id: wellbeing-pulse")
            .replacingOccurrences(of: "Team check-in", with: "Local pulse")
        _ = try folder.write("wellbeing-pulse.yaml", replaced)
        let result = runHaven(["surveys", "list", "--surveys", folder.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("team-check-in"))
        #expect(result.output.contains("wellbeing-pulse         v1  en,es  1 questions  Local pulse"))
    }

    @Test("the configuration file names the surveys folder, relative to itself")
    func configurationSurveysFolder() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("local/team-check-in.yaml", try String(contentsOfFile: Fixtures.path("surveys/valid/team-check-in.yaml"), encoding: .utf8))
        _ = try folder.write("haven.yaml", "organization: Riverside Community Health\nsurveys: local\n")
        let result = runHaven(["surveys", "list"], workingDirectory: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("team-check-in"))
    }

    @Test("a broken module in the surveys folder stops the command with its location")
    func brokenOverride() throws {
        let folder = try TemporaryFolder()
        let broken = try String(contentsOfFile: Fixtures.path("surveys/invalid/unknown-scale.yaml"), encoding: .utf8)
        let path = try folder.write("unknown-scale.yaml", broken)
        let result = runHaven(["surveys", "list", "--surveys", folder.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("\(path):12:16: error: unknown scale 'AGREE7'"))
    }

    @Test("an unknown key in the configuration is refused with its location")
    func badConfiguration() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("haven.yaml", "organization: Riverside\nsurvey_folder: local\n")
        let result = runHaven(["surveys", "list"], workingDirectory: folder.path)
        #expect(result.status != 0)
        #expect(result.errors.contains("\(path):2:1: unknown key 'survey_folder'"))
    }
}
