/// The text of one survey file and the path it is reported under.
public struct SurveySource: Sendable, Hashable {
    /// The path used in diagnostics (`surveys/workplace-support.yaml`).
    public var path: String
    /// The file's text.
    public var contents: String
    /// Whether modules in this file are examples rather than part of the production set.
    public var isExample: Bool

    /// Creates a source.
    public init(path: String, contents: String, isExample: Bool = false) {
        self.path = path
        self.contents = contents
        self.isExample = isExample
    }

    /// The file name without folder and extension: a module's id must equal it.
    var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
