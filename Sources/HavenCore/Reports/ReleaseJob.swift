import Foundation
import HavenCSV
import HavenSurvey

/// Where a report's responses come from.
public enum ResponseSource: Sendable {
    /// A response store: the release is audited against, and recorded in, its ledger.
    case store(SQLiteStore)
    /// A wide-format CSV file: a single release with no ledger.
    case file(String)
}

/// Makes one release of a module: counts the responses once, applies disclosure control against
/// every earlier release of the same data, and records the release in the ledger.
public struct ReleaseJob: Sendable {
    public var module: SurveyModule
    public var periods: [Period]
    public var by: [String]
    public var filter: [GroupCondition]
    /// Whether the reports made from the release show comments (only the HTML pages do). When they
    /// do not, a file's free-text answers are checked and counted as answered, but their texts are
    /// never held nor reviewed, and the release lists no comments: free text is what most often
    /// names its writer, and a national file's took 13 MB and a seventh of the time. A store's are
    /// read all the same: its ledger fingerprints each quarter's data with them.
    public var showsComments: Bool

    /// Describes a release.
    public init(module: SurveyModule, periods: [Period], by: [String], filter: [GroupCondition], showsComments: Bool = true) {
        self.module = module
        self.periods = periods
        self.by = by
        self.filter = filter
        self.showsComments = showsComments
    }

    /// Runs it, telling `progress` how far it has got.
    ///
    /// - Throws: `ReportRequestError` for a breakdown outside the catalogue, `ImportError` for a bad
    ///   file, `StoreError`.
    public func run(from source: ResponseSource, progress: ((ReleaseProgress) -> Void)? = nil) throws -> Release {
        let engine = DisclosureControl(module: module)
        let tables = try engine.catalogue.tables(by: by, filter: filter)
        switch source {
        case let .store(store):
            let counts = try ResponseCounts.read(module, from: store, periods: periods)
            let release = engine.release(consume counts, periods: periods, tables: tables, earlier: try store.ledger(survey: module.id), progress: progress)
            try store.record(LedgerRelease(release))
            return release
        case let .file(path):
            let counts = try ResponseCounts.read(module, fromFile: path, periods: periods, keepingTexts: showsComments, progress: progress)
            return engine.release(consume counts, periods: periods, tables: tables, progress: progress)
        }
    }
}
