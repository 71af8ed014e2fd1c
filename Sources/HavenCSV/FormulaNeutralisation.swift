/// Decides which text fields a spreadsheet could take for a formula (CSV injection).
///
/// Excel, LibreOffice and Google Sheets evaluate a cell that starts with `=`, `+`, `-` or `@`,
/// and some strip leading blanks or control characters first, so a respondent's comment like
/// `=HYPERLINK(...)` or ` =1+1` could run when a manager opens the export. Such fields get a
/// leading `'`, which spreadsheets treat as "this is text".
enum FormulaNeutralisation {
    /// Whether `text` must be prefixed with `'`: its first character, or the first one after
    /// leading blanks, is `=` `+` `-` `@` TAB CR LF or NUL.
    ///
    /// "Blanks" are Unicode whitespace and also invisible default-ignorable characters (zero
    /// width space, byte order mark, soft hyphen…): they show as nothing, so a field that
    /// starts with them looks to a person, and may look to a spreadsheet, like `=…`.
    /// A leading `"` is not a trigger: a quoted remark is ordinary text in every spreadsheet,
    /// and prefixing it would alter many legitimate comments.
    static func isNeeded(for text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard var scalar = scalars.next() else {
            return false
        }
        if isTrigger(scalar) {
            return true
        }
        while isBlank(scalar) {
            guard let next = scalars.next() else {
                return false
            }
            scalar = next
        }
        return isTrigger(scalar)
    }

    private static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r", "\n", "\0":
            true
        default:
            false
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || (0x09...0x0D).contains(scalar.value)
        }
        return scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
    }
}
