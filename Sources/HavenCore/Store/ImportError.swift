import HavenSurvey

/// One problem in an imported file, located the way spreadsheets count: row 1 is the header.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The record number, header = 1.
    public var row: Int
    /// The column number, from 1.
    public var column: Int
    /// What is wrong and what would fit.
    public var message: String

    public var description: String { "\(file):\(row):\(column): \(message)" }
}

/// An import that stored nothing, or a report from a file that made nothing, with the first
/// problems found and how many more there were.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// At most `ImportError.shownLimit` problems, in file order.
    public var problems: [ImportProblem]
    /// How many further problems were found and not listed.
    public var more: Int
    /// What the file was refused for, which the message ends by saying.
    public var refused: Refusal = .import

    /// What a file with problems was refused for.
    public enum Refusal: Sendable {
        /// `haven import`: nothing was stored.
        case `import`
        /// A report read straight from the file (`--from-csv`): no report was written.
        case report
    }

    /// How many problems an import lists.
    public static let shownLimit = 20

    public var description: String {
        var lines = problems.map(\.description)
        if more > 0 {
            lines.append("… and \(more) more problem\(more == 1 ? "" : "s")")
        }
        switch refused {
        case .import: lines.append("Nothing was imported. Fix the file and import it again.")
        case .report: lines.append("No report was written. Fix the file and run the report again.")
        }
        return lines.joined(separator: "\n")
    }
}
