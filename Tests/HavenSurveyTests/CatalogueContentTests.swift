import Foundation
import HavenCore
import HavenSurvey
import Testing

/// Every text a respondent or a report reader can see in a module, with a name saying where it is.
func everyText(in module: SurveyModule) -> [(String, LocalizedText)] {
    var texts: [(String, LocalizedText)] = [("title", module.title), ("intro", module.intro)]
    texts += [module.closing.map { ("closing", $0) }, module.attribution.map { ("attribution", $0) }].compactMap { $0 }
    for resource in module.resources {
        texts += [("resource \(resource.id) name", resource.name), ("resource \(resource.id) contact", resource.contact)]
        texts += resource.note.map { [("resource \(resource.id) note", $0)] } ?? []
    }
    for section in module.sections {
        texts.append(("section \(section.id) title", section.title))
        texts += section.notice.map { [("section \(section.id) notice", $0)] } ?? []
        for question in section.questions {
            texts.append(("\(question.id) text", question.text))
            texts += question.help.map { [("\(question.id) help", $0)] } ?? []
            texts += question.sessionText.sorted { $0.key < $1.key }.map { ("\(question.id) session \($0.key)", $0.value) }
            texts += question.options.map { ("\(question.id) option \($0.code)", $0.label) }
        }
    }
    return texts
}

@Suite("the built-in survey modules")
struct CatalogueContentTests {
    let catalogue: SurveyCatalogue

    init() throws {
        catalogue = try SurveyCatalogue.load(BuiltInSurveys.sources)
    }

    var production: [SurveyModule] { catalogue.modules.filter { !$0.isExample } }

    @Test("the five modules are there")
    func fiveModules() {
        #expect(production.map(\.id) == ["collaborative-outcomes", "session-feedback", "supervisor-readiness", "wellbeing-pulse", "workplace-support"])
    }

    @Test("every string is complete in English and Spanish, and the Spanish is a translation")
    func completeInEnglishAndSpanish() {
        for module in production {
            #expect(module.languages == ["en", "es"], "\(module.id)")
            for (place, text) in everyText(in: module) {
                let english = text.translations["en"] ?? ""
                let spanish = text.translations["es"] ?? ""
                #expect(!english.trimmingCharacters(in: .whitespaces).isEmpty, "\(module.id): \(place) has no English")
                #expect(!spanish.trimmingCharacters(in: .whitespaces).isEmpty, "\(module.id): \(place) has no Spanish")
                // Identical texts are fine only where there is nothing to translate (numbers, codes).
                let hasWords = english.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count > 3
                #expect(!(hasWords && english == spanish), "\(module.id): \(place) is the same in Spanish: \(english)")
            }
        }
    }

    @Test("titles are neutral enough for a shared screen")
    func neutralTitles() {
        let words = ["violence", "abuse", "trafficking", "assault", "violencia", "abuso", "trata", "agresión"]
        for module in production {
            for title in module.title.translations.values {
                #expect(!words.contains { title.lowercased().contains($0) }, "\(module.id): \(title)")
            }
        }
    }

    @Test("sensitive questions are optional, offer prefer-not and open with a notice")
    func sensitiveQuestions() throws {
        let module = try #require(catalogue.module(id: "workplace-support"))
        let sensitive = module.questions.filter(\.isSensitive)
        #expect(sensitive.count == 4)
        for question in sensitive {
            #expect(question.isOptional)
            #expect(question.type == .text || question.option(code: AnswerOption.preferNotCode) != nil)
        }
        for section in module.sections where section.questions.contains(where: \.isSensitive) {
            #expect(section.notice != nil)
        }
        #expect(module.thresholds == Thresholds(group: 5, sensitive: 10, comments: 10))
    }

    @Test("every module offers emergency and hotline resources")
    func resources() {
        for module in production {
            let ids = module.resources.map(\.id)
            for required in ["emergency", "domestic-violence-hotline", "trafficking-hotline"] {
                #expect(ids.contains(required), "\(module.id) lacks \(required)")
            }
        }
        let hotline = catalogue.resources["domestic-violence-hotline"]
        #expect(hotline?.contact.text(in: "en").contains("1-800-799-7233") == true)
    }

    @Test("session feedback has four sessions, each objective worded per session, and the session is never asked")
    func sessionVariants() throws {
        let module = try #require(catalogue.module(id: "session-feedback"))
        let session = try #require(module.question(forDimension: Dimension.session))
        #expect(session.options.map(\.code) == ["1", "2", "3", "4"])
        #expect(!session.isAsked)
        let varying = module.questions.filter { !$0.sessionText.isEmpty }
        #expect(varying.count >= 7)
        for question in varying {
            #expect(Set(question.sessionText.keys) == ["1", "2", "3", "4"])
            let wordings = Set(["1", "2", "3", "4"].map { question.text(forSession: $0).text(in: "en") })
            #expect(wordings.count == 4, "\(question.id) should differ by session")
        }
        let nows = module.questions.filter { $0.before != nil }
        #expect(nows.count == 2)
    }

    @Test("the named scales of the domain brief are all defined")
    func scales() {
        #expect(Set(catalogue.scales.keys) == ["AGREE5", "EXTENT5", "CONF5", "FREQ5", "QUAL5", "REC11", "INTENT", "YNU", "STAGE8"])
        #expect(catalogue.scales["REC11"]?.points.map(\.code) == (0...10).map(String.init))
        #expect(catalogue.scales["AGREE5"]?.favorable == ["4", "5"])
    }
}
