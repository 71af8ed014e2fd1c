/// One earlier release as the publication ledger remembers it: which tables of which quarters,
/// the data they were computed from, and every figure with whether it was shown.
public struct LedgerRelease: Sendable, Hashable {
    /// One recorded figure.
    public struct Entry: Sendable, Hashable {
        /// The exact count behind the figure.
        public var count: Int
        /// Whether it was published.
        public var shown: Bool

        /// Creates an entry.
        public init(count: Int, shown: Bool) {
            self.count = count
            self.shown = shown
        }
    }

    /// A stable id (for `haven audit` output).
    public var id: String
    /// The module's id.
    public var survey: String
    /// The tables released.
    public var tables: [BreakdownTable]
    /// Each quarter's data fingerprint at release time.
    public var fingerprints: [Period: String]
    /// Every figure released, shown or hidden.
    public var figures: [FigureKey: Entry]

    /// Creates a ledger release.
    public init(id: String, survey: String, tables: [BreakdownTable], fingerprints: [Period: String], figures: [FigureKey: Entry]) {
        self.id = id
        self.survey = survey
        self.tables = tables
        self.fingerprints = fingerprints
        self.figures = figures
    }
}
