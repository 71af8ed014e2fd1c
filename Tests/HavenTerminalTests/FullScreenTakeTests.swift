import Foundation
import HavenCore
import Testing

/// `haven take` on a terminal, driven key by key the way a respondent uses it.
@Suite("haven take, full screen")
struct FullScreenTakeTests {
    static let down = "\u{1B}[B"
    static let end = "\u{1B}[F"

    @Test("answers a module end to end: back, skip, review, change an answer, submit; exactly one response is stored")
    func endToEnd() throws {
        let workspace = try Workspace()
        let terminal = try PseudoTerminal(workspace.take())
        try terminal.waitFor("Choose a language · Elija un idioma")
        try terminal.waitFor("> 1. English")
        terminal.send("\r")
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\r")

        try terminal.waitFor("Question 1 of 5")
        try terminal.waitFor("My team supports me.")
        terminal.send("\r")
        try terminal.waitFor("Choose an answer with ↑↓ or its number first.")
        terminal.send("4")
        try terminal.waitFor("> (•) 4. Agree")
        terminal.send("\r")

        try terminal.waitFor("How is your workload?")
        terminal.send("3\r")
        // Skip logic: the heavy workload reveals a follow-up, and the count grows.
        try terminal.waitFor("Question 3 of 6")
        try terminal.waitFor("What makes it heavy?")
        terminal.send("Too many shifts")
        try terminal.waitFor("> Too many shifts_")
        terminal.send("\r")

        try terminal.waitFor("Question 4 of 6")
        terminal.send("1")
        try terminal.waitFor("[x] 1. Breaks")
        terminal.send("2")
        try terminal.waitFor("[x] 2. Peers")
        terminal.send("3")
        try terminal.waitFor("Choose up to 2.")
        terminal.send("\r")

        try terminal.waitFor("s skip this section")
        try terminal.waitFor("s skip this section")
        terminal.send("b")
        try terminal.waitFor("Question 4 of 6")
        try terminal.waitFor("[x] 2. Peers")
        terminal.send("\r")
        try terminal.waitFor("s skip this section")
        terminal.send("\r")

        try terminal.waitFor("Has anything at home affected your work?")
        terminal.send("s")
        try terminal.waitFor("Question 6 of 6")
        terminal.send(Self.down)
        try terminal.waitFor("> (•) 1. Clinical")
        terminal.send("\r")

        try terminal.waitFor("Review your answers")
        try terminal.waitFor("→ Too many shifts")
        terminal.send(Self.down)
        try terminal.waitFor("> 2. How is your workload?")
        terminal.send("\r")
        try terminal.waitFor("> (•) 3. Heavy")
        terminal.send("2\r")
        try terminal.waitFor("Review your answers")
        try terminal.waitFor("→ Fair")
        terminal.send(Self.end)
        try terminal.waitFor("> [ Submit my answers ]")
        terminal.send("\r")

        try terminal.waitFor("Thank you for answering.")
        terminal.send(Self.end)
        try terminal.waitFor("What was stored")
        let receipt = TerminalTranscript.plain(String(decoding: terminal.bytes.suffix(4000), as: UTF8.self))
        #expect(receipt.contains("Quarter: \(currentPeriod)"))
        #expect(receipt.contains("→ Fair"))
        #expect(!receipt.contains("Too many shifts"), "the hidden follow-up is not stored, so not on the receipt")
        terminal.send("\r")
        #expect(try terminal.waitForExit() == 0)

        let responses = try workspace.responses()
        try #require(responses.count == 1)
        let response = responses[0]
        #expect(response.survey == "team-check")
        #expect(response.version == 3)
        #expect(response.period == currentPeriod)
        #expect(response.answers == [
            "team-support": .choice("4"), "workload": .choice("fair"), "helps": .choices(["breaks", "peers"]), "role": .choice("clinical"),
        ])
        let columns = try workspace.sqlite("SELECT name FROM pragma_table_info('response') ORDER BY cid")
        #expect(columns == "id\nsurvey\nversion\nperiod\nanswers\n")
        #expect(try workspace.sqlite("SELECT count(*) FROM response") == "1\n")

        let transcript = TerminalTranscript(raw: terminal.output)
        #expect(transcript.afterLastWipe == "Session ended.")
        #expect(transcript.usesAttributes, "with colour allowed, the selected line is highlighted")
    }

    @Test("answers the built-in wellbeing pulse, where one answer hides three questions")
    func builtInModule() throws {
        let workspace = try Workspace()
        let terminal = try PseudoTerminal(workspace.take("wellbeing-pulse", ["--lang", "en"]), height: 80)
        try terminal.waitFor("Staff Well-Being Check-in")
        terminal.send("\r")
        try terminal.waitFor("Do you work directly with patients?")
        try terminal.waitFor("Question 1 of 10")
        terminal.send("2\r")
        try terminal.waitFor("Over the past month, how manageable has your work stress been?")
        try terminal.waitFor("Question 2 of 10")
        terminal.send("2\r")
        try terminal.waitFor("emotionally drained")
        terminal.send("s")
        try terminal.waitFor("I have someone at work I can talk with")
        terminal.send("4\r")
        try terminal.waitFor("take time to check in")
        terminal.send("3\r")
        try terminal.waitFor("short break")
        terminal.send("5\r")
        try terminal.waitFor("confidential support for yourself")
        terminal.send("1\r")
        try terminal.waitFor("What would help you most right now?")
        terminal.send("\r")
        try terminal.waitFor("Which best describes your role?")
        terminal.send("7\r")
        try terminal.waitFor("Question 10 of 10")
        terminal.send("1\r")
        try terminal.waitFor("Review your answers")
        terminal.send(Self.end + "\r")
        try terminal.waitFor("Thank you for taking a moment for this.")
        try terminal.waitFor("What was stored")
        try terminal.waitFor("→ Front desk or patient services")
        terminal.send("q")
        #expect(try terminal.waitForExit() == 0)

        let responses = try workspace.responses("wellbeing-pulse")
        try #require(responses.count == 1)
        #expect(responses[0].answers == [
            "patient_facing": .choice("no"), "stress-manageable": .choice("mostly"), "someone-to-talk-to": .choice("4"),
            "team-debriefs": .choice("3"), "recovery-time": .choice("5"), "confidential-support-known": .choice("yes"),
            "role": .choice("front-desk"), "site_type": .choice("fixed-clinic"),
        ])
        #expect(responses[0].period == currentPeriod)
    }

    @Test("a content notice skips its whole section with one key")
    func noticeSkipsSection() throws {
        let workspace = try Workspace()
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en"]))
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("s")
        try terminal.waitFor("How is your workload?")
        terminal.send("s")
        try terminal.waitFor("What helps?")
        terminal.send("s")
        try terminal.waitFor("The next question asks about your own experience.")
        terminal.send("s")
        try terminal.waitFor("Which best describes your role?")
        try terminal.waitFor("Question 4 of 4")
        terminal.send("1\r")
        try terminal.waitFor("Review your answers")
        #expect(!TerminalTranscript.plain(String(decoding: terminal.bytes.suffix(3000), as: UTF8.self)).contains("Has anything at home"))
        terminal.send(Self.end + "\r")
        try terminal.waitFor("Thank you for answering.")
        terminal.send("\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(try workspace.responses().map(\.answers) == [["role": .choice("clinical")]])
    }

    @Test("? shows the organisation's resources first, the hotlines, and that the survey cannot send help", arguments: [
        ("en", "Riverside Employee Assistance Program", "cannot send help or open a report", "Emergency services", "My team supports me."),
        ("es", "Programa de Asistencia al Empleado de Riverside", "no puede enviar ayuda ni iniciar una", "Servicios de emergencia", "Mi equipo me apoya."),
    ])
    func helpInBothLanguages(language: String, local: String, statement: String, emergency: String, question: String) throws {
        let workspace = try Workspace(configuration: Workspace.kioskConfiguration)
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", language]), height: 60)
        try terminal.waitFor("Enter")
        terminal.send("\r")
        try terminal.waitFor(question)
        terminal.send("?")
        try terminal.waitFor("1-800-799-7233")
        let screen = TerminalTranscript.plain(String(decoding: terminal.bytes.suffix(6000), as: UTF8.self))
        #expect(screen.contains(statement))
        #expect(screen.contains("911"))
        #expect(screen.contains("1-888-373-7888"))
        let localAt = try #require(screen.range(of: local)?.lowerBound)
        let nationalAt = try #require(screen.range(of: emergency)?.lowerBound)
        #expect(localAt < nationalAt, "the organisation's own resources come first")
        terminal.send("z")
        try terminal.waitFor(question)
        terminal.send("\u{18}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("redraws at the new width when the window is resized")
    func resize() throws {
        let workspace = try Workspace()
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en"]), width: 80)
        try terminal.waitFor(String(repeating: "─", count: 79))
        terminal.resize(width: 40, height: 20)
        try terminal.waitFor(String(repeating: "─", count: 39))
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\u{18}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("with NO_COLOR there is no colour or attribute at all, and the selection is still marked")
    func noColor() throws {
        let workspace = try Workspace()
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en"]), environment: ["NO_COLOR": "1"])
        try terminal.waitFor("Press Enter to begin")
        terminal.send("\r")
        try terminal.waitFor("My team supports me.")
        terminal.send("2")
        try terminal.waitFor("> (•) 2. Disagree")
        terminal.send("\u{18}")
        #expect(try terminal.waitForExit() == 0)
        #expect(!TerminalTranscript(raw: terminal.output).usesAttributes)
    }
}
