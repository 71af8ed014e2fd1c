/// The built-in patterns for personal information, in the order they claim text: a later pattern
/// only counts where it reaches beyond what an earlier one already took, so `2026-03-14` is a
/// date and not also a digit run, and `maria@clinic.org` an e-mail address and not also a URL.
///
/// They run on normalised text (see ``CommentNormalizer``), so fullwidth digits are already ASCII
/// and zero-width characters gone; `\d` is any decimal digit, whatever the script. Digits that touch
/// other digits never start or end a match (`(?<!\p{N})`), so a pattern cannot carve a shorter
/// number out of a longer one.
///
/// Each pattern that cannot match without some character says so (`PIIClue`), and is not run on
/// a text without it.
enum PIIPatterns {
    static let rules: [PIIRule] = [
        PIIRule(.email, localPart + #"(?:@|"# + bracketedAt + ")" + domain, needs: .atOrBracket),
        PIIRule(.email, localPart + #"(?:\s+@\s*|@\s+)"# + label + "(?:" + looseDot + label + ")*" + looseDot + "(?:" + emailTopLevelDomains + #")(?![\p{L}\p{N}])"#, needs: .at),
        PIIRule(.email, localPart + #"\s+(?:at|arroba)\s+(?:"# + label + "(?:" + dot + label + ")*" + dot + "(?:" + emailTopLevelDomains + ")|" + mailProviders + #")(?![\p{L}\p{N}])"#),
        PIIRule(.url, #"(?<![\p{L}\p{N}])(?:https?|hxxps?|ftp)\s*:\s*//"# + urlTail, needs: .slash),
        PIIRule(.url, #"(?<![\p{L}\p{N}])www\d{0,3}\."# + urlTail, needs: .dot),
        PIIRule(.url, hostStart + "(?:" + webTopLevelDomains + #")(?![\p{L}\p{N}\-])(?:/(?:"# + urlTail + ")?)?", needs: .dot),
        PIIRule(.url, hostStart + #"\p{L}{2,}/"# + urlTail, needs: .slash),
        PIIRule(.phone, #"(?<![\p{N}+])(?:\+?1[\s.\p{Pd}]?)?\(?\d{3}\)?[\s.\p{Pd}]?\d{3}[\s.\p{Pd}]?\d{4}(?!\p{N})"#, needs: .digit),
        PIIRule(.phone, #"(?<![\p{N}+])\+\s?\d(?:[\s.\p{Pd}()]{0,3}\d){6,}"#, needs: .digit),
        PIIRule(.identifier, #"(?<!\p{N})\d{3}[\s\p{Pd}]\d{2}[\s\p{Pd}]\d{4}(?!\p{N})"#, needs: .digit),
        PIIRule(.date, #"(?<![\p{N}./\p{Pd}])\d{1,2}([/.\p{Pd}])\d{1,2}\1\d{2,4}"# + notFollowedByDigits, needs: .digit),
        PIIRule(.date, #"(?<![\p{N}./\p{Pd}])\d{4}([/.\p{Pd}])\d{1,2}\1\d{1,2}"# + notFollowedByDigits, needs: .digit),
        PIIRule(.date, #"(?<![\p{L}\p{N}])(?:"# + months + #")\.?\s+\d{1,2}(?:st|nd|rd|th|o)?(?![\p{L}\p{N}])"# + optionalYear, needs: .digit),
        PIIRule(.date, #"(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th|o)?\s+(?:of\s+|de\s+)?(?:"# + months + #")\.?(?![\p{L}\p{N}])"# + optionalYear, needs: .digit),
        PIIRule(.identifier, digitRun, needs: .digit),
        PIIRule(.identifier, #"(?<![\p{L}\p{N}._%+\-@])@[\p{L}_][\p{L}\p{N}_.]*[\p{L}\p{N}_]"#, needs: .at),
    ]

    /// The part of an e-mail address before the `@`, starting where a word starts.
    private static let localPart = #"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+"#
    /// `[at]`, `(at)`, `{arroba}`, `<@>` and the like, with or without spaces.
    private static let bracketedAt = #"\s*[\[({<]\s*(?:at|arroba|@)\s*[\])}>]\s*"#
    /// One label of a domain name.
    private static let label = #"[\p{L}\p{N}\-]+"#
    /// The dot between labels: `.`, `[dot]`, `(punto)`, ` dot `, ` punto `.
    private static let dot = #"(?:\.|\s*[\[({<]\s*(?:dot|punto|\.)\s*[\])}>]\s*|\s+(?:dot|punto)\s+)"#
    /// A dot that may also have spaces around it (`example . org`); only used where the address
    /// must end in a known top-level domain, or `meet @ noon. Then` would be an address.
    private static let looseDot = #"(?:\s*\.\s*|"# + dot + ")"
    /// A domain after an unmistakable `@`: even `maria@clinic` with no top-level domain is taken.
    private static let domain = label + "(?:" + dot + label + ")*"
    /// Top-level domains that complete an address written loosely (`name at example dot org`,
    /// `name @ example . org`): `at` and a spaced `@` are ordinary in sentences, so such a form
    /// counts only when it ends in one of these (or, spelled out, names a mail provider).
    private static let emailTopLevelDomains = "com|org|net|edu|gov|mil|info|biz|io|co|us|mx|es|uk|ca|me|app|dev|health"
    /// Mail providers whose name alone completes a spelled-out address (`maria at gmail`).
    private static let mailProviders = "gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|proton|live|msn"
    /// The rest of a web address, ending before trailing punctuation.
    private static let urlTail = #"[^\s<>"]*[^\s<>".,;:!?'")\]}]"#
    /// The labels of a host name up to its top-level domain, starting where a word starts.
    private static let hostStart = #"(?<![\p{L}\p{N}@.\-])(?:[\p{L}\p{N}\-]+\.)+"#
    /// Top-level domains that make a bare `example.org` an address even without a path. Ones that
    /// are also words (`co`, `es`, `me`, `in`, `us`) would turn a missing space after a full stop
    /// into a hit (`bien.Es`), so they count only with a path (`t.co/abc`).
    private static let webTopLevelDomains = "com|org|net|edu|gov|mil|info|biz|io|app|dev|health|online|site|xyz|mx|uk|ca"
    /// Month names and abbreviations in English and Spanish (`may` and `mar` are both; `ago`, the
    /// Spanish abbreviation of agosto, is left out because `2 ago` is ordinary English).
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "ene", "abr", "dic",
    ].joined(separator: "|")
    /// `, 2026`, ` 2026`, ` de 2026`, ` del 2026` after a written day and month.
    private static let optionalYear = #"(?:,?\s+(?:del?\s+)?\d{4}(?!\p{N}))?"#
    /// A numeric date must not run on into more digits (`1.2.2026.5` is a version, not a date).
    private static let notFollowedByDigits = #"(?!\p{N}|[./\p{Pd}]\p{N})"#
    /// Six or more digits, possibly separated by up to three spaces or dashes, or a single dot
    /// (record, badge and employee numbers, a phone number broken up to hide it). A year range
    /// such as `2025-2026` or `2025-26` on its own is not one: budgets and fiscal years are
    /// ordinary survey talk.
    private static let digitRun = #"(?<!\p{N})(?!(?:19|20)\d\d[ \p{Pd}]{1,3}(?:(?:19|20)\d\d|\d\d)(?![ \p{Pd}]{0,3}\p{N}|\.\p{N}))\d(?:(?:[ \p{Pd}]{1,3}|\.)?\d){5,}"#
}
