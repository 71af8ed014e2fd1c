import Foundation

/// Finds a colleague or patient named in a comment even when the name is not on the roster: a
/// title followed by a capitalised name (`Dr. Smith`, `Sra. López`, `doña María`), or a role word
/// written in lowercase followed by one (`my coworker Maria`, `the patient John`,
/// `la paciente Rosa`, `a nurse named Ann`).
///
/// It needs the writer's capitals, so it runs on normalised text, not folded text. A role word
/// only counts in lowercase because health-center titles are written in title case
/// (`Patient Care Coordinator`, `Nurse Manager`) and name no one.
enum PersonMentionDetector {
    /// True when `text`, a normalised comment, seems to name a person.
    static func mentionsPerson(_ text: String) -> Bool {
        // A mention starts with a title or a role word standing whole (the expression checks the
        // boundary before it and a dot, comma or space after it); most comments hold neither.
        LexiconAnchor.words(in: text).contains(where: anchors.contains) && pattern.matches(text)
    }

    /// The words one of which every match starts with: each title and role, up to any hyphen.
    private static let anchors = Set((titles + roles).compactMap { LexiconAnchor.words(in: $0).first })

    /// Titles, each in the case forms people type. `Miss` is title case only (`I miss Ana`);
    /// `MS` is left out in capitals (`MS Teams`).
    private static let titles = ["Dr", "Dra", "Mr", "Mrs", "Ms", "Mx", "Sr", "Sra", "Srta", "Lic", "Licda", "Ing", "Don", "Doña", "Dona"]
        .flatMap { [$0, $0.lowercased()] }
        + ["Miss", "DR", "DRA", "MR", "MRS", "SR", "SRA", "SRTA"]

    /// Roles and naming words, in lowercase, with and without accents.
    private static let roles = Set([
        "coworker", "co-worker", "colleague", "supervisor", "manager", "boss", "patient", "client", "nurse", "doctor",
        "provider", "therapist", "counselor", "director", "named", "called",
        "compañero", "compañera", "colega", "jefe", "jefa", "supervisora", "gerente", "paciente", "cliente", "enfermero",
        "enfermera", "doctora", "médico", "médica", "directora", "llamado", "llamada", "llama", "llamaba",
    ].flatMap { [$0, $0.folding(options: .diacriticInsensitive, locale: nil)] })

    /// After a title, a word of two letters or more that starts with a capital (`Smith`,
    /// `O'Brien`, `SMITH`); after a role word, a capital followed by lowercase (`Maria`, `Ana-Lucía`).
    private static let pattern = CommentPattern(
        #"(?<![\p{L}\p{N}])(?:(?:"# + titles.map(CommentPattern.literal).joined(separator: "|")
            + #")\.?\s+\p{Lu}[\p{L}'\-]*\p{L}|(?:"# + roles.sorted().map(CommentPattern.literal).joined(separator: "|")
            + #"),?\s+\p{Lu}\p{Ll}[\p{L}'\-]*)"#,
        caseSensitive: true)
}
