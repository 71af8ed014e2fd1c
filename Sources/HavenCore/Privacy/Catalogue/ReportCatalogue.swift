import HavenSurvey

/// The fixed set of tables a module's reports may show: the organisation, each dimension alone, and
/// the nested pairs the module allows, each with its margins. One classification per dimension:
/// the module's own option list.
public struct ReportCatalogue: Sendable {
    /// The module.
    public let module: SurveyModule

    /// Creates the catalogue of `module`.
    public init(module: SurveyModule) {
        self.module = module
    }

    /// The dimensions reports can break down by (the session of session feedback included).
    public var dimensions: [String] {
        module.dimensions.compactMap(\.dimension)
    }

    /// The tables a report broken down by `by` shows: the organisation, then each dimension of `by`
    /// alone (its margins), then the nested pair itself; all within `filter`.
    ///
    /// - Throws: `ReportRequestError` when `by` or `filter` leave the catalogue.
    public func tables(by: [String], filter: [GroupCondition]) throws(ReportRequestError) -> [BreakdownTable] {
        for name in by + filter.map(\.dimension) where !dimensions.contains(name) {
            throw ReportRequestError("'\(name)' is not a dimension of '\(module.id)'; its dimensions are: \(dimensions.joined(separator: ", "))")
        }
        guard Set(by).count == by.count else { throw ReportRequestError("--by names a dimension twice") }
        if let repeated = filter.first(where: { by.contains($0.dimension) }) {
            throw ReportRequestError("'\(repeated.dimension)' is both filtered on and broken down by; choose one")
        }
        switch by.count {
        case 0, 1:
            break
        case 2:
            guard module.nestedDimensions.contains(by) else {
                let allowed = module.nestedDimensions.map { $0.joined(separator: ",") }
                let hint = allowed.isEmpty ? "this module allows no nested breakdown" : "allowed: \(allowed.joined(separator: "; "))"
                throw ReportRequestError("'\(by.joined(separator: ","))' is not a nested breakdown of '\(module.id)'; \(hint)")
            }
        default:
            throw ReportRequestError("a report breaks down by at most two dimensions")
        }
        for condition in filter {
            guard let question = module.question(forDimension: condition.dimension) else { continue }
            if !question.acceptsAnyValue && question.option(code: condition.value) == nil {
                throw ReportRequestError("'\(condition.value)' is not a value of '\(condition.dimension)'; values: \(question.options.map(\.code).joined(separator: ", "))")
            }
        }
        var tables = [BreakdownTable(dimensions: [], filter: filter)]
        tables += by.map { BreakdownTable(dimensions: [$0], filter: filter) }
        if by.count == 2 {
            tables.append(BreakdownTable(dimensions: by, filter: filter))
        }
        return tables
    }

    /// The questions a table reports: never dimensions or free text, and sensitive questions only
    /// for the whole organisation.
    public func questions(in table: BreakdownTable) -> [Question] {
        module.questions.filter { question in
            !question.isDimension && question.type != .text && (table.isOrganisationLevel || !question.isSensitive)
        }
    }
}

/// A report request that leaves the fixed catalogue.
public struct ReportRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what is allowed.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
