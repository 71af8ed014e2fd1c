// Validates the package's survey files and writes them into a Swift source file, so the `haven`
// binary carries its modules and works from any directory. Run by the EmbedSurveys build plugin:
//
//     SurveyEmbedder OUTPUT.swift PACKAGE_ROOT FILE...
//
// A broken module fails the build with `path:line:column: error: message` lines.
import Foundation
import HavenSurvey

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: SurveyEmbedder OUTPUT.swift PACKAGE_ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[arguments.startIndex])
let root = URL(fileURLWithPath: arguments[arguments.startIndex + 1]).standardizedFileURL.path
let files = arguments.dropFirst(2).sorted()

func relative(_ path: String) -> String {
    let standard = URL(fileURLWithPath: path).standardizedFileURL.path
    return standard.hasPrefix(root + "/") ? String(standard.dropFirst(root.count + 1)) : standard
}

var sources: [SurveySource] = []
for file in files {
    do {
        let contents = try String(contentsOfFile: file, encoding: .utf8)
        sources.append(SurveySource(path: file, contents: contents, isExample: relative(file).hasPrefix("surveys/examples/")))
    } catch {
        FileHandle.standardError.write(Data("\(file):1:1: error: cannot read the file as UTF-8 text: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
do {
    _ = try SurveyCatalogue.load(sources)
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(1)
}

/// A raw string literal delimiter long enough that no run of `#` in the text can end it early.
func rawDelimiter(for text: String) -> String {
    var longest = 0
    var run = 0
    for character in text.unicodeScalars {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    return String(repeating: "#", count: longest + 1)
}

var swift = """
    // Generated at build time by SurveyEmbedder from the package's surveys/ folder; do not edit.
    import HavenSurvey

    enum EmbeddedSurveys {
        static let sources: [SurveySource] = [

    """
for source in sources {
    let hashes = rawDelimiter(for: source.contents)
    swift += "        SurveySource(\n"
    swift += "            path: \(String(reflecting: relative(source.path))),\n"
    swift += "            contents: \(hashes)\"\"\"\n\(source.contents)\n\"\"\"\(hashes),\n"
    swift += "            isExample: \(source.isExample)),\n"
}
swift += "    ]\n}\n"

do {
    let existing = try? String(contentsOf: output, encoding: .utf8)
    if existing != swift {
        try swift.write(to: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("\(output.path):1:1: error: cannot write the embedded surveys: \(error.localizedDescription)\n".utf8))
    exit(1)
}
