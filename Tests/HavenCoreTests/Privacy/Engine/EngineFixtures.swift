import HavenCore
import HavenSurvey
import Testing

/// A small module for disclosure tests: two dimensions, a scale item and a sensitive yes/no item.
/// With `comments`, a free-text question `comment` closes the module; with `kinds`, a third
/// dimension `kind` (a site's kind, say) follows the role; `scales` are more scale items after `team`.
func attackModule(
    sites: [String] = ["a", "b", "s"], roles: [String] = ["rn", "md", "admin"], kinds: [String] = [], nested: Bool = true, comments: Bool = false,
    scales: [String] = []
) throws -> SurveyModule {
    func options(_ codes: [String]) -> String {
        codes.map { "          - {code: \($0), label: {en: \($0), es: \($0)}}" }.joined(separator: "\n")
    }
    let source = SurveySource(
        path: "attack.yaml",
        contents: """
            id: attack
            version: 1
            languages: [en, es]
            title: {en: Check-in, es: Consulta}
            intro: {en: Anonymous., es: Anónima.}
            \(nested ? "reporting: {nested: [[site, role]]}" : "")
            sections:
              - id: main
                title: {en: Main, es: Principal}
                questions:
                  - id: team
                    type: scale
                    scale: AGREE5
                    text: {en: Team, es: Equipo}
            \(scales.map { "      - {id: \($0), type: scale, scale: AGREE5, text: {en: \($0), es: \($0)}}" }.joined(separator: "\n"))
                  - id: site
                    type: dimension
                    dimension: site
                    text: {en: Site, es: Sede}
                    options:
            \(options(sites))
                  - id: role
                    type: dimension
                    dimension: role
                    text: {en: Role, es: Función}
                    options:
            \(options(roles))
            \(kinds.isEmpty ? "" : kindQuestion + options(kinds))
              - id: personal
                title: {en: You, es: Usted}
                notice: {en: Personal., es: Personal.}
                questions:
                  - id: affected
                    type: single
                    sensitive: true
                    text: {en: Affected?, es: ¿Afectado?}
                    options:
                      - {code: "yes", label: {en: "Yes", es: "Sí"}}
                      - {code: "no", label: {en: "No", es: "No"}}
                      - {code: prefer-not, label: {en: Prefer not, es: Prefiero no}}
            \(comments ? commentSection : "")
            """)
    let catalogue = try SurveyCatalogue.load(BuiltInSurveys.sources, overrides: [source])
    return try #require(catalogue.module(id: "attack"))
}

private let kindQuestion = """
          - id: kind
            type: dimension
            dimension: kind
            text: {en: Kind, es: Tipo}
            options:

    """

private let commentSection = """
      - id: words
        title: {en: In your words, es: En sus palabras}
        questions:
          - id: comment
            type: text
            text: {en: Anything else?, es: ¿Algo más?}
    """

let q3 = Period(year: 2026, quarter: 3)!

/// `count` respondents with the given answers.
func people(
    _ count: Int, site: String? = nil, role: String? = nil, kind: String? = nil, team: String? = "4", affected: String? = "no",
    comment: ((Int) -> String?)? = nil
) -> [Response] {
    (0..<count).map { index in
        var answers: [String: AnswerValue] = [:]
        if let text = comment?(index) { answers["comment"] = .text(text) }
        if let site { answers["site"] = .choice(site) }
        if let kind { answers["kind"] = .choice(kind) }
        if let role { answers["role"] = .choice(role) }
        if let team { answers["team"] = .choice(team) }
        if let affected { answers["affected"] = .choice(affected) }
        return Response(survey: "attack", version: 1, period: q3, answers: answers)
    }
}

func counts(_ module: SurveyModule, _ responses: [Response]) -> ResponseCounts {
    var counts = ResponseCounts(module: module)
    for response in responses { counts.add(response) }
    return counts
}

extension Release {
    func figure(_ group: String, _ question: String? = nil, _ measure: Measure, _ option: String? = nil, period: Period = q3) -> Figure? {
        figures.first { key, _ in
            key.period == period && key.group.description == group && key.question == question && key.measure == measure && key.option == option
        }?.value
    }

    func isShown(_ group: String, _ question: String? = nil, _ measure: Measure, _ option: String? = nil) -> Bool {
        figure(group, question, measure, option)?.isShown == true
    }

    /// Every figure of a group, shown or not.
    func figures(of group: String) -> [Figure] {
        figures.filter { $0.key.group.description == group }.map(\.value)
    }
}
