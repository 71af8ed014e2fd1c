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
    /// A number with exactly `fractionDigits` digits after a `.` (0–20), no exponent and no
    /// locale, rounded to nearest like C's `%.*f`, e.g. `.decimal(-2.5, fractionDigits: 2)`
    /// is `-2.50`. A result that rounds to zero is written without a minus sign. NaN and
    /// infinities, which have no spreadsheet form, are written as an empty field.
    case decimal(Double, fractionDigits: Int)
    /// No value, such as a suppressed or skipped answer.
    case empty
}
