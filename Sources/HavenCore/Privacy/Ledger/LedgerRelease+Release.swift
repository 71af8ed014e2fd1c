import Foundation

extension LedgerRelease {
    /// The ledger's record of `release`: every figure, shown or hidden, the tables withheld whole,
    /// and the data fingerprints.
    public init(_ release: Release, id: String = LedgerRelease.newID()) {
        self.init(
            id: id, survey: release.module.id, tables: release.tables, fingerprints: release.fingerprints,
            figures: release.figures.mapValues { Entry(count: $0.count, shown: $0.isShown) }, withheldTables: release.withheldTables)
    }

    /// A random release id: 16 hex digits from the system CSPRNG (no time is recorded).
    public static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%016llx", generator.next() as UInt64)
    }
}
