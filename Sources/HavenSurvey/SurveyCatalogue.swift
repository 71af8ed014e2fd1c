/// Every survey module Haven can run, with the scales and resources they share.
public struct SurveyCatalogue: Sendable {
    /// The modules, sorted by id.
    public private(set) var modules: [SurveyModule]
    /// The named scales, by name.
    public private(set) var scales: [String: Scale]
    /// The help resources, by id.
    public private(set) var resources: [String: Resource]

    /// The module with `id`, if any.
    public func module(id: String) -> SurveyModule? {
        modules.first { $0.id == id }
    }

    /// Reads and checks `sources`, then `overrides`: an override module replaces the module with
    /// the same id and an override scale or resource the one of the same name.
    ///
    /// - Throws: `SurveyError` with every problem in every file.
    public static func load(_ sources: [SurveySource], overrides: [SurveySource] = []) throws(SurveyError) -> SurveyCatalogue {
        let log = DiagnosticLog()
        let base = parse(sources, log: log)
        let extra = parse(overrides, log: log)

        var shared = SharedDefinitions()
        for (_, root) in base where SharedDefinitions.isShared(root) {
            shared.read(root, replacing: false, log: log)
        }
        for (_, root) in extra where SharedDefinitions.isShared(root) {
            shared.read(root, replacing: true, log: log)
        }
        var modules = readModules(base, shared: shared, log: log)
        for (id, module) in readModules(extra, shared: shared, log: log) {
            modules[id] = module
        }
        guard log.isEmpty else { throw SurveyError(log.diagnostics) }
        return SurveyCatalogue(
            modules: modules.values.sorted { $0.id < $1.id }, scales: shared.scales, resources: shared.resources)
    }

    private static func parse(_ sources: [SurveySource], log: DiagnosticLog) -> [(SurveySource, YAMLMapping)] {
        sources.compactMap { source in
            guard let root = YAMLNode.parse(source.contents, path: source.path, log: log),
                let mapping = root.mapping("a survey file", log: log)
            else { return nil }
            return (source, mapping)
        }
    }

    private static func readModules(_ files: [(SurveySource, YAMLMapping)], shared: SharedDefinitions, log: DiagnosticLog) -> [String: SurveyModule] {
        var modules: [String: SurveyModule] = [:]
        var origins: [String: SourceLocation] = [:]
        for (source, root) in files where !SharedDefinitions.isShared(root) {
            guard let (module, location) = ModuleReader(source: source, shared: shared, log: log).read(root) else { continue }
            if let first = origins[module.id] {
                log.add(.duplicateID, at: location, "the module id '\(module.id)' is also used by \(first.path)")
                continue
            }
            origins[module.id] = location
            modules[module.id] = module
        }
        return modules
    }
}
