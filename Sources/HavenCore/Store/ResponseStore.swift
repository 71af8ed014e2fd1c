/// Responses per module and quarter: what `haven status` shows.
public struct StatusEntry: Sendable, Hashable, Codable {
    /// The module's id.
    public var survey: String
    /// The quarter.
    public var period: Period
    /// How many responses are stored.
    public var responses: Int

    /// Creates an entry.
    public init(survey: String, period: Period, responses: Int) {
        self.survey = survey
        self.period = period
        self.responses = responses
    }
}

/// Where responses live. SQLite is the embedded default; a PostgreSQL store for multi-site
/// networks will implement the same protocol.
///
/// Every method either completes or leaves the store as it was.
public protocol ResponseStore: Sendable {
    /// Stores one response durably: when this returns, the response is committed.
    ///
    /// With a participation code, the code is consumed in the same transaction, and nothing links
    /// the code to the response.
    /// - Throws: `StoreError.codeRefused` for an unknown or used code (without saying which).
    func append(_ response: Response, code: String?) throws(StoreError)

    /// Whether `code` is an unused participation code for `survey`, checked before a respondent
    /// starts so nobody answers a whole survey only to be refused. The code is consumed by `append`.
    func codeIsUsable(_ code: String, survey: String) throws(StoreError) -> Bool

    /// Stores every response `produce` hands over, all answering `survey` at `version`, in one
    /// transaction: all of them, or, if `produce` throws, none. The file's digest is recorded so
    /// the same file is not imported twice. Responses come already encoded (a national network's
    /// million rows are imported without a `Response` each) and, best, in id order.
    ///
    /// - Returns: how many responses were stored.
    /// - Throws: `StoreError.duplicateImport` when `digest` was imported before and
    ///   `allowDuplicate` is false; whatever `produce` throws, unchanged.
    func importResponses(
        survey: String, version: Int, digest: String, allowDuplicate: Bool,
        _ produce: (_ insert: (ImportedResponse) throws -> Void) throws -> Void
    ) throws -> Int

    /// Creates `count` new participation codes for a module and quarter and returns them; only
    /// their hashes are kept.
    func issueCodes(survey: String, period: Period, count: Int) throws(StoreError) -> [String]

    /// Responses per module and quarter, organisation level only.
    func status() throws(StoreError) -> [StatusEntry]

    /// Every release recorded for `survey`: the publication ledger.
    func ledger(survey: String) throws(StoreError) -> [LedgerRelease]

    /// Records a release in the ledger, in one transaction.
    func record(_ release: LedgerRelease) throws(StoreError)

    /// Calls `body` with every response of `survey` in `periods` (all periods when nil), in an
    /// order that says nothing about submission order.
    func forEachResponse(survey: String, periods: [Period]?, _ body: (Response) throws -> Void) throws
}
