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

    /// Describes a release.
    public init(module: SurveyModule, periods: [Period], by: [String], filter: [GroupCondition]) {
        self.module = module
        self.periods = periods
        self.by = by
        self.filter = filter
    }

    /// Runs it.
    ///
    /// - Throws: `ReportRequestError` for a breakdown outside the catalogue, `ImportError` for a bad
    ///   file, `StoreError`.
    public func run(from source: ResponseSource) throws -> Release {
        let engine = DisclosureControl(module: module)
        let tables = try engine.catalogue.tables(by: by, filter: filter)
        switch source {
        case let .store(store):
            let counts = try ResponseCounts.read(module, from: store, periods: periods)
            let release = engine.release(consume counts, periods: periods, tables: tables, earlier: try store.ledger(survey: module.id))
            try store.record(LedgerRelease(release))
            return release
        case let .file(path):
            let counts = try ResponseCounts.read(module, fromFile: path, periods: periods)
            return engine.release(consume counts, periods: periods, tables: tables)
        }
    }
}
