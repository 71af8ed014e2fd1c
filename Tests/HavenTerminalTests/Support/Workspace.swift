import Foundation
import HavenCore

/// A temporary folder with a fixture module, a configuration and a store path, removed afterwards.
final class Workspace {
    let path: String
    var store: String { path + "/haven.sqlite" }
    var surveys: String { path + "/surveys" }
    var config: String { path + "/haven.yaml" }

    /// The passphrase that closes the kiosk in tests, and its SHA-256 (`printf '%s' … | sha256sum`).
    static let passphrase = "open sesame 42"
    static let passphraseSHA256 = "123dd1f7a7c1f8eeccbabe71a784f1e3282d6b0efc2fe522c3c087b64afe6fb9"

    init(configuration: String = "") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("haven-take-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: surveys, withIntermediateDirectories: true)
        try Fixture.module.write(toFile: surveys + "/team-check.yaml", atomically: true, encoding: .utf8)
        try configuration.write(toFile: config, atomically: true, encoding: .utf8)
    }

    /// A configuration with the kiosk passphrase and a local resource.
    static var kioskConfiguration: String {
        """
            kiosk_passphrase_sha256: \(passphraseSHA256)
            local_resources:
              - name: {en: Riverside Employee Assistance Program, es: Programa de Asistencia al Empleado de Riverside}
                contact: 1-800-555-0100
            """
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `haven take SURVEY` against this workspace's modules, configuration and store.
    func take(_ survey: String = "team-check", _ extra: [String] = []) -> [String] {
        ["take", survey, "--store", store, "--surveys", surveys, "--config", config] + extra
    }

    /// Creates the store (as `haven` would), so its bytes can be compared afterwards.
    func createStore() throws {
        _ = try SQLiteStore(path: store)
    }

    /// The store's bytes: the file, and its write-ahead log when it holds anything.
    func storeBytes() throws -> [Data] {
        var files = [try Data(contentsOf: URL(fileURLWithPath: store))]
        if let wal = FileManager.default.contents(atPath: store + "-wal"), !wal.isEmpty {
            files.append(wal)
        }
        return files
    }

    /// Every stored response of `survey`.
    func responses(_ survey: String = "team-check") throws -> [Response] {
        var responses: [Response] = []
        try SQLiteStore(path: store).forEachResponse(survey: survey, periods: nil) { responses.append($0) }
        return responses
    }

    /// Runs `sqlite3` on the store and returns its output.
    func sqlite(_ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [store, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The current quarter, as `haven take` stores it.
var currentPeriod: Period { Period.containing(Date()) }

/// A small module that uses every kind of question, skip logic and a content notice.
enum Fixture {
    static let module = """
        id: team-check
        version: 3
        languages: [en, es]
        title: {en: Team Check-in, es: Consulta del equipo}
        intro:
          en: Your answers are anonymous. It takes one minute.
          es: Sus respuestas son anónimas. Toma un minuto.
        closing: {en: Thank you for answering., es: Gracias por responder.}
        resources: [emergency, domestic-violence-hotline, trafficking-hotline]
        sections:
          - id: work
            title: {en: Your work, es: Su trabajo}
            questions:
              - id: team-support
                type: scale
                scale: AGREE5
                text: {en: My team supports me., es: Mi equipo me apoya.}
              - id: workload
                type: single
                text: {en: How is your workload?, es: ¿Cómo es su carga de trabajo?}
                options:
                  - code: light
                    label: {en: Light, es: Ligera}
                  - code: fair
                    label: {en: Fair, es: Razonable}
                  - code: heavy
                    label: {en: Heavy, es: Pesada}
              - id: workload-why
                type: text
                max_length: 200
                show_if: {question: workload, equals: heavy}
                text: {en: What makes it heavy?, es: ¿Qué la hace pesada?}
              - id: helps
                type: multi
                max: 2
                text: {en: What helps? Choose up to 2., es: ¿Qué ayuda? Elija hasta 2.}
                options:
                  - code: breaks
                    label: {en: Breaks, es: Descansos}
                  - code: peers
                    label: {en: Peers, es: Colegas}
                  - code: training
                    label: {en: Training, es: Capacitación}
                  - code: none
                    label: {en: Nothing, es: Nada}
                    exclusive: true
          - id: own
            title: {en: Your own experience, es: Su propia experiencia}
            notice:
              en: The next question asks about your own experience. You can skip this whole section.
              es: La siguiente pregunta trata sobre su propia experiencia. Puede saltar toda esta sección.
            questions:
              - id: affected
                type: single
                sensitive: true
                text: {en: Has anything at home affected your work?, es: ¿Algo en casa ha afectado su trabajo?}
                options:
                  - code: "yes"
                    label: {en: "Yes", es: "Sí"}
                  - code: "no"
                    label: {en: "No", es: "No"}
                  - code: prefer-not
                    label: {en: Prefer not to answer, es: Prefiero no responder}
          - id: about
            title: {en: About you, es: Sobre usted}
            questions:
              - id: role
                type: dimension
                dimension: role
                text: {en: Which best describes your role?, es: ¿Cuál describe mejor su puesto?}
                options:
                  - code: clinical
                    label: {en: Clinical, es: Clínico}
                  - code: admin
                    label: {en: Administrative, es: Administrativo}
        """
}
