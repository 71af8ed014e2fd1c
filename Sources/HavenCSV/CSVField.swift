/// One field for ``CSVWriter``, typed so the writer knows what may be neutralised.
///
/// Text may come from survey respondents and is neutralised against spreadsheet formula
/// injection (see ``CSVWriter``). Numbers the program computes are written as they are, so a
/// negative mean stays a number a spreadsheet can sum.
public enum CSVField: Sendable, Hashable {
    /// Text, written RFC 4180-quoted when needed and neutralised when it could start a formula.
    case text(String)
    /// An integer in plain decimal digits, e.g. `-42`.
    case integer(Int)
    /// A number with exactly `fractionDigits` digits after a `.`, no exponent and no locale,
    /// e.g. `.decimal(-2.5, fractionDigits: 2)` is `-2.50`. It is rounded from the exact binary
    /// value as C's `%.*f` does (2.675 is stored as 2.67499…, so it gives `2.67`). A result
    /// that rounds to zero has no minus sign. NaN and infinities, which have no spreadsheet
    /// form, are written as an empty field. `fractionDigits` outside 0...20 is a programming
    /// error and traps.
    case decimal(Double, fractionDigits: Int)
    /// No value, such as a suppressed or skipped answer.
    case empty
}
