import HavenSurvey

/// Names groups for readers, in the report's language: option labels from the module, site names
/// from the organisation's configuration, and the raw value otherwise.
struct GroupLabels {
    let module: SurveyModule
    let sites: [AnswerOption]
    let language: String

    /// The label of a value of a dimension.
    func label(_ condition: GroupCondition) -> String {
        if let option = module.question(forDimension: condition.dimension)?.option(code: condition.value) {
            return option.label.text(in: language)
        }
        if condition.dimension == Dimension.site, let site = sites.first(where: { $0.code == condition.value }) {
            return site.label.text(in: language)
        }
        return condition.value
    }

    /// A group's label without the conditions every group of its table shares (the filter).
    func label(_ group: GroupKey, omitting filter: [GroupCondition], whole: String) -> String {
        let own = group.conditions.filter { !filter.contains($0) }
        return own.isEmpty ? whole : own.map(label).joined(separator: " › ")
    }

    /// The name of a dimension in the report's strings (`dimension-site_type`), else the
    /// dimension's own name made readable.
    func dimensionName(_ dimension: String, strings: ReportStrings) -> String {
        strings.table["dimension-\(dimension)"] ?? dimension.replacingOccurrences(of: "_", with: " ")
    }

    /// Every group a table shows: all combinations of known options (so a group without
    /// respondents looks like any hidden group), else the groups the release has.
    func groups(of table: BreakdownTable, observed: [GroupKey]) -> [GroupKey] {
        var groups = [GroupKey(table.filter)]
        for dimension in table.dimensions {
            guard let options = module.question(forDimension: dimension)?.options, !options.isEmpty else {
                return observed
            }
            groups = groups.flatMap { group in
                options.map { GroupKey(group.conditions + [GroupCondition(dimension: dimension, value: $0.code)]) }
            }
        }
        return groups
    }
}
