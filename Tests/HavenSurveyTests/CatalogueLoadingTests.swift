import HavenCore
import HavenSurvey
import Testing

/// A one-question module around `questions`, to probe the loader's rules.
func module(_ id: String = "probe", extra: String = "", notice: Bool = false, questions: String) -> SurveySource {
    let noticeLine = notice ? "\n    notice: {en: Personal questions follow., es: Siguen preguntas personales.}" : ""
    return SurveySource(
        path: "\(id).yaml",
        contents: """
            id: \(id)
            version: 1
            languages: [en, es]
            title: {en: Check-in, es: Consulta}
            intro: {en: Anonymous., es: Anónima.}
            \(extra)
            sections:
              - id: main
                title: {en: Main, es: Principal}\(noticeLine)
                questions:
            \(questions)
            """)
}

func problems(_ sources: [SurveySource]) -> [SurveyDiagnostic] {
    do {
        _ = try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: sources)
        return []
    } catch {
        return error.diagnostics
    }
}

@Suite("survey loading rules")
struct CatalogueLoadingTests {
    @Test("a sensitive question needs a notice and may not be required")
    func sensitiveRules() {
        let found = problems([
            module(questions: """
                      - id: affected
                        type: single
                        sensitive: true
                        optional: false
                        text: {en: Affected?, es: ¿Afectado?}
                        options:
                          - {code: "yes", label: {en: "Yes", es: "Sí"}}
                          - {code: prefer-not, label: {en: Prefer not to answer, es: Prefiero no responder}}
                """)
        ])
        #expect(Set(found.map(\.code)) == [.invalidValue, .sensitiveWithoutNotice])
    }

    @Test("a question may raise its threshold but never lower it below the module's")
    func questionThreshold() {
        let found = problems([
            module(questions: """
                      - id: team
                        type: scale
                        scale: AGREE5
                        threshold: 4
                        text: {en: Team, es: Equipo}
                """)
        ])
        #expect(found.map(\.code) == [.thresholdTooLow])
        #expect(found.first?.message.contains("below the module's group threshold of 5") == true)
    }

    @Test("show_if must look back, not forward")
    func showIfForward() {
        let found = problems([
            module(questions: """
                      - id: why
                        type: text
                        text: {en: Why?, es: ¿Por qué?}
                        show_if: {question: team, equals: "1"}
                      - id: team
                        type: scale
                        scale: AGREE5
                        text: {en: Team, es: Equipo}
                """)
        ])
        #expect(found.map(\.message) == ["show_if must name an earlier question, and 'team' comes later"])
    }

    @Test("session wording needs a session dimension and a text for every session")
    func sessionText() {
        let found = problems([
            module(questions: """
                      - id: session
                        type: dimension
                        dimension: session
                        text: {en: Session, es: Sesión}
                        options:
                          - {code: "1", label: {en: One, es: Uno}}
                          - {code: "2", label: {en: Two, es: Dos}}
                      - id: objective
                        type: scale
                        scale: EXTENT5
                        text: {en: Objective, es: Objetivo}
                        session_text:
                          "1": {en: First, es: Primero}
                          "3": {en: Third, es: Tercero}
                """)
        ])
        #expect(Set(found.map(\.message)) == [
            "session_text: '3' is not a session (sessions: 1, 2)",
            "session_text of question 'objective' has no text for session '2'",
        ])
    }

    @Test("question ids may not take the import format's reserved columns")
    func reservedColumns() {
        let found = problems([
            module(questions: """
                      - id: period
                        type: text
                        text: {en: Period, es: Periodo}
                """)
        ])
        #expect(found.first?.message.contains("reserved column") == true)
    }

    @Test("two files may not define the same module")
    func duplicateModules() {
        let first = module("twice", questions: "      - {id: a, type: text, text: {en: A, es: A}}")
        var second = first
        second.path = "other/twice.yaml"
        let found = problems([first, second])
        #expect(found.map(\.message) == ["the module id 'twice' is also used by twice.yaml"])
    }

    @Test("a site dimension may take its list from configuration; other dimensions need options")
    func siteDimension() throws {
        let catalogue = try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [
            module(questions: """
                      - id: site
                        type: dimension
                        dimension: site
                        text: {en: Site, es: Sede}
                """)
        ])
        let site = try #require(catalogue.module(id: "probe")?.question(forDimension: "site"))
        #expect(site.acceptsAnyValue)
    }

    @Test("a misspelt language is reported against the module's languages")
    func unknownLanguage() {
        let found = problems([
            module(questions: "      - {id: a, type: text, text: {en: A, es: A, fr: A}}")
        ])
        #expect(found.map(\.message) == ["the text of question 'a' has a text in 'fr', which is not in the module's languages (en, es)"])
    }
}
