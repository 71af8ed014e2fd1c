/// What a sensitive comment appears to disclose, for the administrator's triage.
///
/// The categories name patterns of disclosure, not topics: a comment that talks about domestic
/// violence training, hotline posters or safety plans in general matches none of them, while one
/// that says what happened to the writer or to someone else does.
public enum SensitiveCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Abuse by a partner, ex-partner or family member, coercive control, or the writer's own
    /// experience of abuse (`my husband controls my money`, `soy sobreviviente`).
    case partnerOrFamilyAbuse = "partner-or-family-abuse"
    /// Physical violence against a person (`he hits me`, `me golpeó`, `a patient attacked her`).
    case physicalViolence = "physical-violence"
    /// A threat to kill or hurt, weapons, threats of deportation (`he threatened to kill`, `me amenazó`).
    case threat
    /// Stalking, being followed or watched, harassment (`someone is following me`, `me persigue`).
    case stalkingOrHarassment = "stalking-or-harassment"
    /// Rape, sexual assault, unwanted touching, coerced sex (`she was raped`, `me manoseó`).
    case sexualViolence = "sexual-violence"
    /// Trafficking, forced labour, captivity, confiscated documents, debt bondage
    /// (`forced to work`, `me obligan a trabajar`, `they took my passport`).
    case trafficking
    /// Suicide or self-harm (`I want to die`, `quiero morir`).
    case selfHarm = "self-harm"
    /// Fear for one's safety at home or from a person (`I'm scared to go home`, `tengo miedo`).
    case fearForSafety = "fear-for-safety"
    /// A colleague or patient named in the comment (`Dr. Smith`, `my coworker Maria`, `la paciente Rosa`).
    case namedPerson = "named-person"

    public static func < (lhs: SensitiveCategory, rhs: SensitiveCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
