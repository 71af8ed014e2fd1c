/// The sensitive lexicon: the phrases, in English and Spanish, that send a comment to quarantine
/// because it may disclose abuse, violence, threats, stalking, sexual violence, trafficking or
/// self-harm. Names of colleagues and patients are found by ``PersonMentionDetector`` instead,
/// because they need the capital letters that folding removes.
///
/// How the entries are chosen:
/// - **Disclosures, not topics.** The surveys ask about violence, abuse and trafficking, so their
///   comments name those topics all the time ("more training on domestic violence", "the hotline
///   poster is helpful"). A bare topic word quarantines nothing; what quarantines is somebody
///   doing something to somebody (`he hits me`, `me amenazó`), a person's own experience
///   (`I'm a survivor`, `sufro violencia`), fear (`scared to go home`), a threat, or a trafficking
///   indicator (`they took my passport`).
/// - **When in doubt, quarantine.** A false positive costs an administrator a minute of reading;
///   a false negative can publish a disclosure that gets someone hurt. So verb phrases use loose
///   forms (`hit|hits|hitting me` also matches "it hit me that…"), suicide and self-harm words
///   match even in a training context, and every entry matches anywhere in the comment.
/// - **Both languages always.** A comment is matched against every language: staff write in
///   both, often in one comment, and Spanish typed without accents folds to the same letters.
enum SensitiveLexicon {
    /// Every language's part of the lexicon.
    static let languages = [english, spanish]
}
