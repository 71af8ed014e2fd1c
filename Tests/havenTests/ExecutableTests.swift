import Foundation
import Testing

/// The built `haven` binary, run as a user runs it.
@Suite("the haven executable")
struct ExecutableTests {
    func run(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String, errors: String) {
        try runProcess("haven", arguments, in: folder)
    }

    @Test("works from any directory, with its modules built in")
    func runsAnywhere() throws {
        let folder = try TemporaryFolder()
        let result = try run(["surveys", "list"], in: folder.path)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 5)
    }

    @Test("malformed YAML exits 1 with the located message on standard error")
    func malformedYAML() throws {
        let folder = try TemporaryFolder()
        let path = Fixtures.path("surveys/invalid/malformed-yaml.yaml")
        let result = try run(["surveys", "validate", path], in: folder.path)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("\(path):13:46: error: malformed YAML"))
        #expect(result.output.isEmpty)
    }
}
