import Foundation
@testable import HavenCore
import Testing

/// The sensitive categories the built-in lexicon finds in `comment`, as `review` would see it.
private func categories(_ comment: String) -> Set<SensitiveCategory> {
    SensitiveLexiconMatcher.builtIn.categories(in: FoldedText.fold(CommentNormalizer.normalize(comment)))
}

/// True when lexicon `entry` (with `slots`) matches `text` after folding; also checks that the
/// entry's anchors occur wherever it matches, since the matcher skips the expression otherwise.
private func entry(_ entry: String, slots: [String: [String]] = [:], matches text: String) throws -> Bool {
    let folded = FoldedText.fold(text)
    let matches = CommentPattern(try LexiconNotation.regex(for: [entry], slots: slots), caseSensitive: true).matches(folded)
    let anchored = !LexiconAnchors(byEntry: [try LexiconNotation.anchors(for: [entry], slots: slots)]).entries(in: LexiconAnchor.words(in: folded)).isEmpty
    #expect(anchored || !matches, "the anchors of '\(entry)' miss '\(text)'")
    return matches
}

@Suite("comment safety: the sensitive lexicon")
struct CommentSafetyLexiconTests {
    @Test("every entry of every language follows the notation and compiles", arguments: SensitiveLexicon.languages.map(\.name))
    func everyEntryCompiles(_ name: String) throws {
        let language = try #require(SensitiveLexicon.languages.first { $0.name == name })
        #expect(Set(language.entries.keys) == Set(SensitiveCategory.allCases).subtracting([.namedPerson]))
        for (category, entries) in language.entries {
            for entry in entries {
                #expect(throws: Never.self, "\(category): \(entry)") {
                    _ = try NSRegularExpression(pattern: try LexiconNotation.regex(for: [entry], slots: language.slots))
                }
            }
        }
    }

    @Test("every slot is used by some entry")
    func noUnusedSlots() {
        for language in SensitiveLexicon.languages {
            let entries = language.entries.values.joined().joined(separator: " ")
            let unused = language.slots.keys.filter { !entries.contains("<\($0)>") }
            #expect(unused.isEmpty, "\(language.name)")
        }
    }

    /// What a category's single combined expression finds: the matcher runs each entry's own
    /// expression instead, only for entries whose anchors occur, and must find the same.
    static func combinedCategories(in text: String) throws -> Set<SensitiveCategory> {
        let folded = FoldedText.fold(text)
        return Set(try combinedPatterns.get().filter { $0.pattern.matches(folded) }.map(\.category))
    }

    static let combinedPatterns = Result {
        try SensitiveLexicon.languages.flatMap { language in
            try language.entries.map { category, entries in
                (category: category, pattern: CommentPattern(try LexiconNotation.regex(for: entries, slots: language.slots), caseSensitive: true))
            }
        }
    }

    @Test("entry by entry, the matcher finds what each category's combined expression finds")
    func sameAsCombined() throws {
        let texts = (Self.englishDisclosures + Self.spanishDisclosures).map(\.0) + Self.benignComments + [
            "please stop calling it \"just a survey\". we need more MA coverage on mondays, tuesdays and after holidays.",
            "my husband hits me. she slapped me. he threatened to kill me. tengo miedo de volver a casa",
        ]
        var matched = 0
        for text in texts {
            let expected = try Self.combinedCategories(in: text)
            #expect(SensitiveLexiconMatcher.builtIn.categories(in: FoldedText.fold(text)) == expected, "\(text)")
            if !expected.isEmpty { matched += 1 }
        }
        #expect(matched > texts.count / 2)
    }

    static let englishDisclosures: [(String, SensitiveCategory)] = [
        ("my husband hits me", .partnerOrFamilyAbuse),
        ("my husband hits me", .physicalViolence),
        ("My husband hit me last week", .physicalViolence),
        ("he keeps hitting me", .physicalViolence),
        ("my boyfriend used to beat me", .partnerOrFamilyAbuse),
        ("She slapped me in front of the kids", .physicalViolence),
        ("he choked her", .physicalViolence),
        ("a patient attacked me in room 4", .physicalViolence),
        ("I was hit by a patient", .physicalViolence),
        ("he threatened to kill me", .threat),
        ("he threatened to kill", .threat),
        ("He threatens me every night", .threat),
        ("he said he'd kill me if I left", .threat),
        ("he has a gun at home", .threat),
        ("I'm scared to go home", .fearForSafety),
        ("I’m afraid of my husband", .fearForSafety),
        ("I don't feel safe at home", .fearForSafety),
        ("someone is following me", .stalkingOrHarassment),
        ("my ex keeps calling and texting me", .stalkingOrHarassment),
        ("he showed up at my work again", .stalkingOrHarassment),
        ("he tracks my phone", .stalkingOrHarassment),
        ("I'm being stalked", .stalkingOrHarassment),
        ("I was raped", .sexualViolence),
        ("my supervisor touched me inappropriately", .sexualViolence),
        ("he forced me to have sex", .sexualViolence),
        ("I was forced to work without pay", .trafficking),
        ("they took my passport", .trafficking),
        ("they won't let me leave the house", .trafficking),
        ("we have to work off the debt", .trafficking),
        ("I want to die", .selfHarm),
        ("sometimes I think about killing myself", .selfHarm),
        ("I don't want to live anymore", .selfHarm),
        ("I am a survivor", .partnerOrFamilyAbuse),
        ("I'm going through domestic violence", .partnerOrFamilyAbuse),
        ("my partner controls my money", .partnerOrFamilyAbuse),
    ]

    @Test("English disclosures are found", arguments: englishDisclosures)
    func english(_ comment: String, _ category: SensitiveCategory) {
        #expect(categories(comment).contains(category), "\(categories(comment))")
    }

    static let spanishDisclosures: [(String, SensitiveCategory)] = [
        ("mi esposo me pega", .partnerOrFamilyAbuse),
        ("mi esposo me pega", .physicalViolence),
        ("me pega cuando toma", .physicalViolence),
        ("me pegó ayer", .physicalViolence),
        ("Mi marido me golpeaba", .physicalViolence),
        ("la golpeó frente a sus hijos", .physicalViolence),
        ("me dio una cachetada", .physicalViolence),
        ("me amenazó", .threat),
        ("me amenaza con quitarme a mis hijos", .threat),
        ("ME AMENAZO", .threat),
        ("dijo que me va a matar", .threat),
        ("tengo miedo de volver a casa", .fearForSafety),
        ("me da miedo mi esposo", .fearForSafety),
        ("no me siento segura en casa", .fearForSafety),
        ("alguien me sigue", .stalkingOrHarassment),
        ("me está siguiendo", .stalkingOrHarassment),
        ("mi ex me persigue", .stalkingOrHarassment),
        ("me violó", .sexualViolence),
        ("abusó de mí", .sexualViolence),
        ("me manoseó el supervisor", .sexualViolence),
        ("me obligan a trabajar", .trafficking),
        ("nos obligaron a trabajar sin pago", .trafficking),
        ("me quitaron el pasaporte", .trafficking),
        ("no me dejan salir", .trafficking),
        ("quiero morir", .selfHarm),
        ("me quiero morir", .selfHarm),
        ("a veces pienso en suicidarme", .selfHarm),
        ("no quiero vivir", .selfHarm),
        ("soy sobreviviente de violencia doméstica", .partnerOrFamilyAbuse),
        ("sufro violencia en casa", .partnerOrFamilyAbuse),
    ]

    @Test("Spanish disclosures are found, with or without accents", arguments: spanishDisclosures)
    func spanish(_ comment: String, _ category: SensitiveCategory) {
        #expect(categories(comment).contains(category), "\(categories(comment))")
        let unaccented = comment.folding(options: .diacriticInsensitive, locale: nil)
        #expect(categories(unaccented).contains(category), "\(unaccented)")
    }

    @Test("word forms of one verb all match", arguments: [
        ("he hit me", SensitiveCategory.physicalViolence), ("he hits me", .physicalViolence), ("he is hitting me", .physicalViolence),
        ("he beat me", .physicalViolence), ("he beats me", .physicalViolence), ("he was beating me", .physicalViolence),
        ("me amenaza", .threat), ("me amenazó", .threat), ("me amenazaba", .threat), ("nos amenazaron", .threat),
        ("me golpea", .physicalViolence), ("me golpeó", .physicalViolence), ("me golpeaban", .physicalViolence),
    ])
    func variants(_ comment: String, _ category: SensitiveCategory) {
        #expect(categories(comment).contains(category))
    }

    /// Workplace comments that talk about the survey's topics without disclosing anything.
    static let benignComments = [
        "the hotline poster is helpful",
        "training on violence prevention was good",
        "More training on domestic violence and trafficking, please",
        "The DV training covered stalking, safety planning and trafficking red flags",
        "The violence prevention committee meets monthly",
        "We talked about how abuse affects staff",
        "The training on human trafficking was eye-opening",
        "It would help to know who our DV partner is",
        "Our supervisor says \"come to me anytime\", and she means it",
        "Security walks people to their cars at night, which helps",
        "Scheduling is tight, but the team covers for each other",
        "I didn't know we had an EAP until this survey",
        "Leave policy is confusing; HR answers differ",
        "Debriefs happen \"when there's time\", which is never",
        "The mobile unit has no private space, so hard conversations wait",
        "Patients waiting for me in the lobby get impatient",
        "We hit our targets this quarter",
        "Staff followed the protocol",
        "We need a weapons policy",
        "Thank you for asking about this",
        "La capacitación sobre violencia doméstica fue muy buena",
        "El cartel de la línea de ayuda es útil",
        "El equipo se apoya mucho, pero falta tiempo",
        "Necesitamos información sobre permisos, en español",
        "Me tocó trabajar el fin de semana",
        "Me sigue pareciendo que falta personal",
        "La vigilancia del estacionamiento es buena",
        "Es obligatorio trabajar los sábados",
        "Tengo ganas de aprender más",
        "Nos apoyan mucho los supervisores",
    ]

    @Test("workplace talk about the topics is not a disclosure", arguments: benignComments)
    func benign(_ comment: String) {
        #expect(categories(comment).isEmpty)
    }

    @Test("suicide and self-harm quarantine even in a training context (decision: doubt quarantines)")
    func selfHarmAlwaysQuarantines() {
        #expect(categories("The suicide prevention training was useful") == [.selfHarm])
    }

    @Test("entries match whole words only")
    func wholeWords() {
        #expect(categories("the whitmer account").isEmpty)
        #expect(categories("white meat").isEmpty)
        #expect(categories("raper").isEmpty)
    }
}

@Suite("comment safety: the lexicon notation")
struct CommentSafetyLexiconNotationTests {
    @Test("a stem matches any ending, a literal only itself") func stems() throws {
        #expect(try entry("threat*", matches: "he threatened"))
        #expect(try entry("threat*", matches: "threats"))
        #expect(try !entry("threat*", matches: "athreat"))
        #expect(try !entry("hit", matches: "hits"))
    }

    @Test("alternatives, optional words and slots") func alternatives() throws {
        #expect(try entry("hit|hits me", matches: "he hits me"))
        #expect(try entry("he really? hit", matches: "he hit"))
        #expect(try entry("he really? hit", matches: "he really hit"))
        #expect(try entry("really? hit me", matches: "hit me"))
        #expect(try entry("really? hit me", matches: "really, hit me"))
        let slots = ["who": ["my husband|wife", "he"]]
        #expect(try entry("<who> hit", slots: slots, matches: "my wife hit"))
        #expect(try entry("<who> hit", slots: slots, matches: "he hit"))
        #expect(try !entry("<who> hit", slots: slots, matches: "my hit"))
    }

    @Test("... skips at most three words") func gaps() throws {
        #expect(try entry("my husband ... hits", matches: "my husband hits"))
        #expect(try entry("my husband ... hits", matches: "my husband sometimes really still hits"))
        #expect(try !entry("my husband ... hits", matches: "my husband sometimes really still often hits"))
    }

    @Test("accents, case, punctuation and quote marks do not matter; apostrophes inside words do") func folding() throws {
        #expect(try entry("amenazó", matches: "ME AMENAZO"))
        #expect(try entry("amenazo", matches: "me amenazó"))
        #expect(try entry("hit me", matches: "he said 'hit me'"))
        #expect(try entry("hit me", matches: "hit... me"))
        #expect(try entry("i'm scared", matches: "I’m scared"))
        #expect(try !entry("im scared", matches: "i'm scared"))
        #expect(try entry("don'* go", matches: "I don't go"))
        #expect(try entry("really? can't sleep", matches: "really can't sleep"))
        #expect(try entry("<who> hit", slots: ["who": ["she'd? my ex*"]], matches: "my exes hit"))
    }

    @Test("a comment with none of an entry's anchors is never scanned, and none it would match is missed")
    func anchors() throws {
        let entries = ["my husband ... hits", "threat*", "really? can't sleep"]
        let anchors = LexiconAnchors(byEntry: try entries.map { try LexiconNotation.anchors(for: [$0], slots: [:]) })
        func scanned(_ text: String) -> [Int] { anchors.entries(in: LexiconAnchor.words(in: FoldedText.fold(text))) }
        // Each entry anchors on its least common-looking required word: husband, threat…, sleep.
        #expect(scanned("My HUSBAND") == [0])
        #expect(scanned("my hits").isEmpty)
        #expect(scanned("threatening") == [1])
        #expect(scanned("can't sleep") == [2])
        #expect(scanned("i can't").isEmpty)
        #expect(scanned("asleep").isEmpty)
        #expect(scanned("athreat").isEmpty)
        #expect(scanned("sleep, threats and my husband, threats again") == [0, 1, 2], "each entry once, in order")
    }

    @Test("malformed entries are rejected", arguments: ["", "a  b", "... a", "a ...", "a? ...", "<nope> a", "a? b?", "hit$", "|a", "a|", "*", "<inner>"])
    func malformed(_ bad: String) {
        #expect(throws: LexiconNotationError.self) {
            try LexiconNotation.regex(for: ["a", bad], slots: ["inner": ["<other>"], "other": ["x"]])
        }
    }
}
