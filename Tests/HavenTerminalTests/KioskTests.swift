import Foundation
import HavenCore
import Testing

/// A shared kiosk: one process, one respondent after another, closed only by the passphrase.
@Suite("haven take --kiosk")
struct KioskTests {
    static let end = "\u{1B}[F"

    /// Answers the fixture quickly from the start screen and submits.
    func answerAndSubmit(_ terminal: PseudoTerminal, teamSupport: String) throws {
        terminal.send("\r")
        try terminal.waitFor("Your answers are anonymous.")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("\(teamSupport)\r")
        try terminal.waitFor("How is your workload?")
        terminal.send("1\r")
        try terminal.waitFor("What helps?")
        terminal.send("\r")
        try terminal.waitFor("s skip this section")
        terminal.send("s")
        try terminal.waitFor("Which best describes your role?")
        terminal.send("2\r")
        try terminal.waitFor("Review your answers")
        terminal.send(Self.end + "\r")
        try terminal.waitFor("Thank you for answering.")
        terminal.send("\r")
    }

    @Test("two respondents in a row; Ctrl-C, Ctrl-Z and quick exit return to the start; only the passphrase closes it")
    func twoRespondents() throws {
        let workspace = try Workspace(configuration: Workspace.kioskConfiguration)
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--kiosk", "--lang", "en"]))
        try terminal.waitFor("Press Enter to begin")
        try answerAndSubmit(terminal, teamSupport: "4")
        try terminal.waitFor("Press Enter to begin")
        let startScreen = try #require(TerminalTranscript(raw: terminal.output).afterLastWipe)
        #expect(startScreen.hasPrefix("Team Check-in"))
        #expect(!startScreen.contains("Thank you"), "the next person sees a neutral start screen, wiped clean")

        // The second person starts, then Ctrl-C: discarded, back to the start, still running.
        terminal.send("\r")
        try terminal.waitFor("Your answers are anonymous.")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("1\r")
        try terminal.waitFor("How is your workload?")
        terminal.send("\u{03}")
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\u{1A}")
        #expect(terminal.isRunning)
        let wiped = TerminalTranscript(raw: terminal.output)
        #expect(try #require(wiped.lastOffset(of: "How is your workload?")) < #require(wiped.lastOffset(of: TerminalTranscript.clearScrollback)))

        // A quick exit, too, only returns to the start screen.
        terminal.send("\r")
        try terminal.waitFor("Your answers are anonymous.")
        terminal.send("\u{18}")
        try terminal.waitFor("Press Enter to begin")
        #expect(terminal.isRunning)

        try answerAndSubmit(terminal, teamSupport: "5")
        try terminal.waitFor("Press Enter to begin")

        terminal.send("\u{0B}")
        try terminal.waitFor("Passphrase to close this survey station")
        terminal.send("not it\r")
        try terminal.waitFor("That passphrase is not right.")
        #expect(terminal.isRunning)
        terminal.send("\u{0B}")
        try terminal.waitFor("Passphrase to close this survey station")
        terminal.send(Workspace.passphrase)
        try terminal.waitFor("> ••••")
        #expect(!terminal.output.contains(Workspace.passphrase), "the passphrase is never shown")
        terminal.send("\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(TerminalTranscript(raw: terminal.output).afterLastWipe == "Session ended.")

        let answers = try workspace.responses().map { $0.answers["team-support"] }
        #expect(answers.count == 2)
        #expect(Set(answers) == [.choice("4"), .choice("5")])
    }

    @Test("the idle timeout in a kiosk discards the pass and returns to the start screen")
    func idleReturnsToStart() throws {
        let workspace = try Workspace(configuration: Workspace.kioskConfiguration)
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--kiosk", "--lang", "en", "--idle-timeout", "1"]))
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\r")
        try terminal.waitFor("Your answers are anonymous.")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("2")
        try terminal.waitFor("Press Enter to begin")
        #expect(terminal.isRunning)
        terminal.signal(SIGTERM)
        #expect(try terminal.waitForExit() == 143)
        #expect(try workspace.responses().isEmpty)
    }

    @Test("--kiosk without a configured passphrase is refused before anything starts")
    func needsPassphrase() throws {
        let workspace = try Workspace()
        let run = try PipedRun(workspace.take("team-check", ["--kiosk"]), input: "")
        #expect(run.status != 0)
        #expect(run.errors.contains("kiosk_passphrase_sha256"))
    }
}
