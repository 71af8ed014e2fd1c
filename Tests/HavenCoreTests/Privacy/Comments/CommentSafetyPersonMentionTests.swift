@testable import HavenCore
import Testing

@Suite("comment safety: named colleagues and patients")
struct CommentSafetyPersonMentionTests {
    @Test("a title or a lowercase role word before a capitalised name is a mention", arguments: [
        "Dr. Smith ignored it", "dr Smith ignored it", "DR SMITH ignored it", "ask Mrs O'Neil", "la Sra. López lo sabe",
        "la Dra. Pérez", "doña María siempre viene", "my coworker Maria told me", "my boss, Mike, said no",
        "the patient John Doe", "la paciente Rosa", "mi compañera Lucía", "mi compañera Lucia", "a nurse named Ann",
        "se llama Juan",
    ])
    func mentions(_ comment: String) {
        #expect(PersonMentionDetector.mentionsPerson(comment))
    }

    @Test("titles of roles, verbs and product names are not mentions", arguments: [
        "The Patient Care Coordinator is great", "Nurse Manager meetings run long", "I miss the old schedule",
        "MS Teams keeps crashing", "my manager is great", "the doctor I saw", "our supervisor I think is fair",
        "La Enfermera Jefe es buena", "Don't change the schedule", "the patient portal",
    ])
    func notMentions(_ comment: String) {
        #expect(!PersonMentionDetector.mentionsPerson(comment))
    }
}
