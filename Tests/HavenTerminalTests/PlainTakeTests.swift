import Foundation
import HavenCore
import Testing

/// Plain mode driven from a pipe: numbered prompts, one line each.
@Suite("haven take, plain mode")
struct PlainTakeTests {
    @Test("answers a whole module from a pipe, in Spanish, with skip logic and a skipped section")
    func spanishFromPipe() throws {
        let workspace = try Workspace()
        let lines = [
            "2",  // Español
            "",  // begin
            "5",  // team-support: Muy de acuerdo
            "3",  // workload: Pesada, which reveals the follow-up
            "Demasiados turnos",
            "1, 4",  // "Nada" cannot be combined
            "1,3",
            "s",  // skip the section about one's own experience
            "9",  // not a number shown
            "b",  // back to the skipped section's notice
            "s",
            "2",
            "2",  // review: change the workload, which hides the follow-up again
            "1",
            "",  // review: continue
            "s",  // ¿Enviar sus respuestas? [s/n]
            "",  // finish
        ]
        let run = try PipedRun(workspace.take(), input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Pregunta 3 de 6"))
        #expect(run.output.contains("¿Qué la hace pesada?"))
        #expect(run.output.contains("“Nada” no se puede combinar con otras respuestas."))
        #expect(run.output.contains("Ese no es uno de los números que se muestran."))
        #expect(run.output.contains("¿Enviar sus respuestas? [s/n] > "))
        #expect(run.output.contains("Lo que se guardó"))
        #expect(run.output.contains("Trimestre: \(currentPeriod)"))
        #expect(!run.output.contains("\u{1B}"), "no escape sequence goes down a pipe")
        #expect(run.output.hasSuffix("Sesión terminada.\n"))
        #expect(run.errors.isEmpty)
        for line in run.output.split(separator: "\n") where line.contains("> ") {
            #expect(line.hasSuffix("> ") || line.contains(" > ") , "every prompt ends in '> '")
        }

        let responses = try workspace.responses()
        try #require(responses.count == 1)
        #expect(responses[0].answers == [
            "team-support": .choice("5"), "workload": .choice("light"), "helps": .choices(["breaks", "training"]), "role": .choice("admin"),
        ])
        let receipt = try #require(run.output.components(separatedBy: "Lo que se guardó").last)
        #expect(receipt.contains("→ Ligera"))
        #expect(!receipt.contains("Demasiados turnos"), "the hidden follow-up is neither stored nor on the receipt")
    }

    @Test("the built-in wellbeing pulse from a pipe: 'yes' asks the three patient-facing questions")
    func builtInFromPipe() throws {
        let workspace = try Workspace()
        let lines = ["", "1", "3", "4", "2", "s", "4", "3", "4", "5", "1", "More debriefs", "2", "1", "", "y", ""]
        let run = try PipedRun(workspace.take("wellbeing-pulse", ["--lang", "en"]), input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Question 13 of 13"))
        #expect(run.output.contains("Submit your answers? [y/n] > "))
        let responses = try workspace.responses("wellbeing-pulse")
        try #require(responses.count == 1)
        #expect(responses[0].answers["hearing-about-violence"] == .choice("3"))
        #expect(responses[0].answers["making-a-difference"] == .choice("5"))
        #expect(responses[0].answers["what-would-help"] == .text("More debriefs"))
        #expect(responses[0].answers["stress-manageable"] == .choice("mostly"))
        #expect(responses[0].answers["emotionally-drained"] == nil)
        #expect(responses[0].answers.count == 12)
    }

    @Test("the end of input before submitting discards everything")
    func endOfInputDiscards() throws {
        let workspace = try Workspace()
        let run = try PipedRun(workspace.take("team-check", ["--lang", "en"]), input: "\n4\n3\nPrivate words\n")
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("Session ended.\n"))
        #expect(try workspace.responses().isEmpty)
    }

    @Test("? shows the help resources in plain mode, in both languages", arguments: [
        ("en", "cannot send help or open a report"), ("es", "no puede enviar ayuda ni iniciar una denuncia"),
    ])
    func help(language: String, statement: String) throws {
        let workspace = try Workspace()
        let run = try PipedRun(workspace.take("team-check", ["--lang", language]), input: "?\nx\n")
        #expect(run.output.contains(statement))
        #expect(run.output.contains("1-800-799-7233"))
        #expect(run.output.contains("911"))
        #expect(try workspace.responses().isEmpty)
    }

    @Test("ACCESSIBLE selects plain mode even on a terminal")
    func accessibleVariable() throws {
        let workspace = try Workspace()
        let terminal = try PseudoTerminal(workspace.take("team-check", ["--lang", "en"]), environment: ["ACCESSIBLE": "1"])
        try terminal.waitFor("Press Enter to begin. ? help, x exit > ")
        terminal.send("x\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(TerminalTranscript(raw: terminal.output).lastOffset(of: TerminalTranscript.enterAlternateScreen) == nil)
    }

    @Test("a module with sessions needs --session, and refuses an unknown one, before anything starts")
    func sessionRequired() throws {
        let workspace = try Workspace()
        let missing = try PipedRun(workspace.take("session-feedback", ["--lang", "en"]), input: "")
        #expect(missing.status != 0)
        #expect(missing.errors.contains("give --session"))
        let unknown = try PipedRun(workspace.take("session-feedback", ["--session", "9"]), input: "")
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("has no session 9"))
        #expect(!FileManager.default.fileExists(atPath: workspace.store), "nothing is created for a take that cannot start")
    }

    @Test("session feedback stores the session given on the command line without asking it")
    func sessionFromCommandLine() throws {
        let workspace = try Workspace()
        // Skip every question (extra skips at the review are refused and change nothing), then submit.
        let input = "\n" + String(repeating: "s\n", count: 40) + "\ny\n\n"
        let run = try PipedRun(workspace.take("session-feedback", ["--session", "2", "--lang", "en"]), input: input)
        #expect(run.status == 0, "\(run.errors)")
        let stored = try #require(run.output.range(of: "What was stored"))
        let sessionQuestion = try #require(run.output.range(of: "Which session are you giving feedback on?"))
        #expect(sessionQuestion.lowerBound > stored.lowerBound, "the session appears on the receipt only, never as a question")
        #expect(try workspace.responses("session-feedback").map(\.answers) == [["session": .choice("2")]])
    }
}
