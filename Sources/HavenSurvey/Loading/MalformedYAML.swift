import Yams

/// Where a YAML document broke and what is wrong, for any YAML file the toolkit reads (survey
/// modules, the organisation's configuration), so every one reports the same way.
public enum MalformedYAML {
    /// The location and wording of `error`, thrown by Yams while reading `contents` from `path`.
    public static func describe(_ error: any Error, path: String, contents: String) -> (SourceLocation, String) {
        guard let error = error as? YamlError else { return (.start(of: path), String(describing: error)) }
        return describe(error, path: path, contents: contents)
    }

    private static func describe(_ error: YamlError, path: String, contents: String) -> (SourceLocation, String) {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(path: path, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // libyaml marks where it gave up (often the end of the file); the context marks where
            // the broken construct began, which is where the fix belongs.
            guard let context else { return (at(mark), problem) }
            return (at(context.mark), "\(context.text), \(problem) at line \(mark.line), column \(mark.column)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (at(context.mark), "the key \(keys) appears more than once in this mapping")
        case let .reader(problem, offset, _, _):
            return (location(ofByte: offset ?? 0, in: contents, path: path), problem)
        default:
            return (.start(of: path), String(describing: error))
        }
    }

    private static func location(ofByte offset: Int, in contents: String, path: String) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in contents.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(path: path, line: line, column: column)
    }
}
