import Testing

@testable import HavenTerminal

@Suite("the front-ends' own words")
struct UIStringsTests {
    @Test("the chrome exists in English and Spanish")
    func bothLanguages() {
        let english = UIStrings(language: "en")
        let spanish = UIStrings(language: "es")
        #expect(english.progress(4, of: 17) == "Question 4 of 17")
        #expect(spanish.progress(4, of: 17) == "Pregunta 4 de 17")
        #expect(english.submitQuestion == "Submit your answers?")
        #expect(spanish.submitQuestion == "¿Enviar sus respuestas?")
        #expect(english.sessionEnded == "Session ended.")
        #expect(spanish.sessionEnded == "Sesión terminada.")
        let pairs: [(String, String)] = [
            (english.reviewHeading, spanish.reviewHeading), (english.helpHeading, spanish.helpHeading),
            (english.keyBack, spanish.keyBack), (english.keySkip, spanish.keySkip), (english.keyHelp, spanish.keyHelp),
            (english.keyQuickExit, spanish.keyQuickExit), (english.helpStatement, spanish.helpStatement),
            (english.codeRefused, spanish.codeRefused), (english.notSaved, spanish.notSaved),
        ]
        for (en, es) in pairs {
            #expect(!en.isEmpty && !es.isEmpty && en != es)
        }
        #expect(UIStrings(language: "fr").language == "en")
    }
}
