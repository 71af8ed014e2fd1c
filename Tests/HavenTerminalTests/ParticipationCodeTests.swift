import Foundation
import HavenCore
import Testing

/// `--code`: a participation code works once, and a refused one is met with one neutral message.
@Suite("haven take --code")
struct ParticipationCodeTests {
    static let refusal = "That code can't be used. Check it, or ask for a new one."

    @Test("a code works once; used again it is refused without saying why")
    func codeWorksOnce() throws {
        let workspace = try Workspace()
        let code = try #require(SQLiteStore(path: workspace.store).issueCodes(survey: "team-check", period: currentPeriod, count: 1).first)
        let answers = ["", "4", "1", "s", "s", "1", "", "y", ""]

        let first = try PipedRun(workspace.take("team-check", ["--code", "--lang", "en"]), input: ([code.lowercased()] + answers).joined(separator: "\n") + "\n")
        #expect(first.status == 0, "\(first.errors)")
        #expect(!first.output.contains(Self.refusal))
        #expect(first.output.contains("What was stored"))
        #expect(try workspace.responses().count == 1)

        let second = try PipedRun(workspace.take("team-check", ["--code", "--lang", "en"]), input: [code, "NOPE-NOPE-NOPE"].joined(separator: "\n") + "\n")
        #expect(second.output.components(separatedBy: Self.refusal).count == 3, "the used code and the unknown one get the same message")
        #expect(!second.output.contains("What was stored"))
        #expect(try workspace.responses().count == 1)
    }

    @Test("full screen: the code is asked first, and a refused one gets the neutral message")
    func fullScreenCode() throws {
        let workspace = try Workspace()
        let code = try #require(SQLiteStore(path: workspace.store).issueCodes(survey: "team-check", period: currentPeriod, count: 1).first)
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--code", "--lang", "en"]))
        try terminal.waitFor("Type your participation code, then press Enter.")
        terminal.send("WRONG-CODE\r")
        try terminal.waitFor(Self.refusal)
        terminal.send(code + "\r")
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("3\r")
        try terminal.waitFor("How is your workload?")
        terminal.send("s")
        try terminal.waitFor("What helps?")
        terminal.send("s")
        try terminal.waitFor("s skip this section")
        terminal.send("s")
        try terminal.waitFor("Which best describes your role?")
        terminal.send("s")
        try terminal.waitFor("Review your answers")
        terminal.send("\u{1B}[F\r")
        try terminal.waitFor("Thank you for answering.")
        terminal.send("\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(try workspace.responses().map(\.answers) == [["team-support": .choice("3")]])
        #expect(try workspace.sqlite("SELECT count(*) FROM participation_code") == "0\n", "the used code is gone")
    }
}
