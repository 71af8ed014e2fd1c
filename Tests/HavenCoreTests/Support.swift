import Foundation
import HavenCore
import HavenSurvey

/// A fresh temporary folder, removed when the test's scope ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("haven-core-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ contents: String) throws -> String {
        let file = file(name)
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The built-in catalogue, loaded once per use.
func builtIn(_ id: String) throws -> SurveyModule {
    try SurveyLibrary().module(id: id)
}

/// A small module with skip logic and a sensitive section, for state-machine and import tests.
func probeModule() throws -> SurveyModule {
    let source = SurveySource(
        path: "probe.yaml",
        contents: """
            id: probe
            version: 2
            languages: [en, es]
            title: {en: Check-in, es: Consulta}
            intro: {en: Anonymous., es: Anónima.}
            sections:
              - id: work
                title: {en: Work, es: Trabajo}
                questions:
                  - id: team
                    type: scale
                    scale: AGREE5
                    text: {en: My team supports me., es: Mi equipo me apoya.}
                  - id: role
                    type: dimension
                    dimension: role
                    optional: false
                    text: {en: Role?, es: ¿Función?}
                    options:
                      - {code: nurse, label: {en: Nurse, es: Enfermería}}
                      - {code: other, label: {en: Other, es: Otra}}
              - id: personal
                title: {en: You, es: Usted}
                notice: {en: Personal questions follow., es: Siguen preguntas personales.}
                questions:
                  - id: affected
                    type: single
                    sensitive: true
                    text: {en: Affected?, es: ¿Afectado?}
                    options:
                      - {code: "yes", label: {en: "Yes", es: "Sí"}}
                      - {code: "no", label: {en: "No", es: "No"}}
                      - {code: prefer-not, label: {en: Prefer not to answer, es: Prefiero no responder}}
                  - id: supports
                    type: multi
                    sensitive: true
                    max: 2
                    show_if: {question: affected, equals: "yes"}
                    text: {en: Supports?, es: ¿Apoyos?}
                    options:
                      - {code: hr, label: {en: HR, es: RR. HH.}}
                      - {code: eap, label: {en: EAP, es: PAE}}
                      - {code: leave, label: {en: Leave, es: Permiso}}
                      - {code: none, label: {en: None, es: Ninguno}, exclusive: true}
                      - {code: prefer-not, label: {en: Prefer not to answer, es: Prefiero no responder}, exclusive: true}
              - id: last
                title: {en: Last, es: Final}
                questions:
                  - id: comment
                    type: text
                    text: {en: Anything else?, es: ¿Algo más?}
            """)
    let catalogue = try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [source])
    guard let module = catalogue.module(id: "probe") else { throw AnswerProblem("probe module missing") }
    return module
}
