import Foundation
import HavenCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every way out in the middle of a survey discards the answers, leaves the store untouched,
/// and wipes the screen and scrollback down to one neutral line.
@Suite("haven take, quick exit")
struct QuickExitTests {
    /// A way to leave, and the exit status it gives.
    enum Route: String, CaseIterable, CustomTestStringConvertible {
        case escapeEscape, controlX, controlC, sigint, sigterm, sighup, idleTimeout

        var testDescription: String { rawValue }

        var status: Int32 {
            switch self {
            case .escapeEscape, .controlX, .idleTimeout: 0
            case .controlC, .sigint: 130
            case .sigterm: 143
            case .sighup: 129
            }
        }

        func leave(_ terminal: PseudoTerminal) throws {
            switch self {
            case .escapeEscape:
                terminal.send("\u{1B}")
                try terminal.waitFor("Press Esc again to leave.")
                terminal.send("\u{1B}")
            case .controlX: terminal.send("\u{18}")
            case .controlC: terminal.send("\u{03}")
            case .sigint: terminal.signal(SIGINT)
            case .sigterm: terminal.signal(SIGTERM)
            case .sighup: terminal.signal(SIGHUP)
            case .idleTimeout: break
            }
        }
    }

    @Test("full screen: discards everything and wipes the screen", arguments: Route.allCases)
    func fullScreen(route: Route) throws {
        let workspace = try Workspace()
        try workspace.createStore()
        let before = try workspace.storeBytes()
        let timeout = route == .idleTimeout ? "2" : "120"
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en", "--idle-timeout", timeout]))
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("4\r")
        try terminal.waitFor("How is your workload?")
        terminal.send("3")
        try terminal.waitFor("> (•) 3. Heavy")
        #expect(!terminal.isInLineModeWithEcho, "keys are read one by one while answering")
        try route.leave(terminal)
        #expect(try terminal.waitForExit() == route.status)
        #expect(terminal.isInLineModeWithEcho, "the terminal is restored")

        #expect(try workspace.storeBytes() == before, "the store is byte for byte unchanged")
        let transcript = TerminalTranscript(raw: terminal.output)
        let question = try #require(transcript.lastOffset(of: "How is your workload?"))
        let leftAlternate = try #require(transcript.lastOffset(of: TerminalTranscript.leaveAlternateScreen))
        let wiped = try #require(transcript.lastOffset(of: TerminalTranscript.clearScrollback))
        #expect(question < leftAlternate)
        #expect(leftAlternate < wiped, "the normal screen and its scrollback are wiped after leaving the alternate screen")
        #expect(try #require(transcript.lastOffset(of: "\u{1B}[?25l")) < #require(transcript.lastOffset(of: "\u{1B}[?25h")), "the cursor is shown again")
        #expect(transcript.afterLastWipe == "Session ended.")
    }

    @Test("plain mode on a terminal: x discards everything and wipes the screen")
    func plainX() throws {
        let workspace = try Workspace()
        try workspace.createStore()
        let before = try workspace.storeBytes()
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en", "--plain"]))
        try terminal.waitFor("Press Enter to begin. ? help, x exit > ")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        try terminal.waitFor("> ")
        terminal.send("4\r")
        try terminal.waitFor("How is your workload?")
        try terminal.waitFor("> ")
        terminal.send("x\r")
        #expect(try terminal.waitForExit() == 0)

        #expect(try workspace.storeBytes() == before)
        let transcript = TerminalTranscript(raw: terminal.output)
        let question = try #require(transcript.lastOffset(of: "How is your workload?"))
        let wiped = try #require(transcript.lastOffset(of: TerminalTranscript.clearScrollback))
        #expect(question < wiped)
        #expect(transcript.afterLastWipe == "Session ended.")
        #expect(transcript.lastOffset(of: TerminalTranscript.enterAlternateScreen) == nil)
    }

    @Test("plain mode on a terminal: Ctrl-C (SIGINT from the terminal) discards everything with status 130")
    func plainControlC() throws {
        let workspace = try Workspace()
        try workspace.createStore()
        let before = try workspace.storeBytes()
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en", "--plain"]))
        try terminal.waitFor("Press Enter to begin. ? help, x exit > ")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("4\r")
        try terminal.waitFor("How is your workload?")
        terminal.send("\u{03}")
        #expect(try terminal.waitForExit() == 130)
        #expect(try workspace.storeBytes() == before)
        #expect(TerminalTranscript(raw: terminal.output).afterLastWipe == "Session ended.")
    }
}
