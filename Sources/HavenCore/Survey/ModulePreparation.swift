import HavenSurvey

extension SurveyModule {
    /// The module as this organisation runs it: its `site` dimension offers the configured sites,
    /// and its resources start with the organisation's own.
    public func prepared(for configuration: Configuration) -> SurveyModule {
        var module = self
        module.resources = configuration.localResources + resources
        guard !configuration.sites.isEmpty else { return module }
        for (s, section) in module.sections.enumerated() {
            for (q, question) in section.questions.enumerated() where question.dimension == Dimension.site && question.options.isEmpty {
                module.sections[s].questions[q].options = configuration.sites
            }
        }
        return module
    }
}
