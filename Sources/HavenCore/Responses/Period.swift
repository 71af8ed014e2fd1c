import Foundation

/// A calendar quarter such as `2026Q4`: the only time information a response carries.
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The quarter, 1 to 4.
    public var quarter: Int

    /// Creates a period; `quarter` must be 1 to 4.
    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (1000...9999).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Parses `2026Q4` (a lowercase `q` is accepted).
    public init?(_ text: some StringProtocol) {
        let parts = text.uppercased().split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 1, let year = Int(parts[0]), let quarter = Int(parts[1]) else {
            return nil
        }
        self.init(year: year, quarter: quarter)
    }

    /// The quarter `date` falls in, in `calendar`'s time zone.
    public static func containing(_ date: Date, calendar: Calendar = .current) -> Period {
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        return Period(year: year, quarter: (month - 1) / 3 + 1) ?? Period(year: 1970, quarter: 1)!
    }

    /// The next quarter.
    public var next: Period {
        quarter == 4 ? Period(year: year + 1, quarter: 1)! : Period(year: year, quarter: quarter + 1)!
    }

    /// Every quarter from `first` through `last`; empty when `last` is earlier.
    public static func range(_ first: Period, through last: Period) -> [Period] {
        var periods: [Period] = []
        var current = first
        while current <= last {
            periods.append(current)
            current = current.next
        }
        return periods
    }

    /// Parses `2026Q1..2026Q4` or a single `2026Q3`; nil when it is neither.
    public static func parseRange(_ text: String) -> [Period]? {
        try? range(parsing: text)
    }

    /// Parses a single quarter (`2026Q3`) or an inclusive range of quarters (`2026Q1..2026Q4`).
    ///
    /// - Throws: `PeriodRangeError` saying which part is wrong (the start, the end, the order) and
    ///   how to write it.
    public static func range(parsing text: String) throws(PeriodRangeError) -> [Period] {
        let ends = text.components(separatedBy: "..")
        let example = "write a quarter like 2026Q3, or a range like 2026Q1..2026Q4"
        guard ends.count <= 2 else {
            throw PeriodRangeError("'\(text)' has more than one '..'; \(example)")
        }
        func quarter(_ part: String, _ role: String) throws(PeriodRangeError) -> Period {
            guard !part.isEmpty else { throw PeriodRangeError("the range '\(text)' has no \(role); \(example)") }
            guard let period = Period(part) else {
                let which = ends.count == 1 ? "" : "the \(role) of the range, "
                throw PeriodRangeError("\(which)'\(part)' is not a quarter; \(example)")
            }
            return period
        }
        let first = try quarter(ends[0], "start")
        let last = ends.count == 2 ? try quarter(ends[1], "end") : first
        guard first <= last else {
            throw PeriodRangeError("the range '\(text)' runs backwards: \(first) comes after \(last); write \(last)..\(first)")
        }
        return range(first, through: last)
    }

    public var description: String { "\(year)Q\(quarter)" }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a quarter such as 2026Q4"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A period or range of periods that cannot be read, with what is wrong and how to write it.
public struct PeriodRangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what would fit.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
