import ArgumentParser
import HavenCore

extension Period: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// A `--period` value that may be a range: one quarter (`2026Q3`) or every quarter from the
/// first through the last (`2026Q1..2026Q4`).
struct PeriodRange {
    /// The quarters, in order.
    let periods: [Period]

    /// Reads the option's value; a bad value is reported with the option, the value and what
    /// is wrong with it (a start or end that is not a quarter, a range that runs backwards).
    init(parsing text: String) throws(ValidationError) {
        do {
            periods = try Period.range(parsing: text)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
