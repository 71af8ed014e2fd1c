/// One earlier release as the publication ledger remembers it: which tables of which quarters,
/// the data they were computed from, every figure with whether it was shown, and the tables it
/// withheld whole (whose figures are not listed one by one: a national quarter's would be millions).
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
    /// Every figure released, shown or hidden, but for those of tables withheld whole.
    public var figures: [FigureKey: Entry]
    /// The tables of each quarter withheld whole: all their figures were hidden.
    public var withheldTables: [Period: [BreakdownTable]]

    /// Creates a ledger release.
    public init(
        id: String, survey: String, tables: [BreakdownTable], fingerprints: [Period: String], figures: [FigureKey: Entry],
        withheldTables: [Period: [BreakdownTable]] = [:]
    ) {
        self.id = id
        self.survey = survey
        self.tables = tables
        self.fingerprints = fingerprints
        self.figures = figures
        self.withheldTables = withheldTables
    }

    /// Whether the release had the figure of `key`: listed, or in a table it withheld whole.
    public func had(_ key: FigureKey) -> Bool {
        figures[key] != nil || withheldTables[key.period]?.contains { $0.holds(key.group) } == true
    }
}
