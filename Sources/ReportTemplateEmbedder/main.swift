// Checks the package's report templates and writes them into a Swift source file, so the `haven`
// binary renders reports with its default templates from any directory. Run by the
// EmbedReportTemplates build plugin:
//
//     ReportTemplateEmbedder OUTPUT.swift PACKAGE_ROOT FILE...
//
// A template that does not parse fails the build with `path:line:column: error: message`.
import Foundation
import Mustache

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ReportTemplateEmbedder OUTPUT.swift PACKAGE_ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[arguments.startIndex])
let root = URL(fileURLWithPath: arguments[arguments.startIndex + 1]).standardizedFileURL.path + "/reports/"
let files = arguments.dropFirst(2).sorted()

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
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

var entries: [(name: String, contents: String)] = []
for file in files {
    let standard = URL(fileURLWithPath: file).standardizedFileURL.path
    let name = standard.hasPrefix(root) ? String(standard.dropFirst(root.count)) : (standard as NSString).lastPathComponent
    guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
        fail("\(file):1:1: error: cannot read the file as UTF-8 text")
    }
    if file.hasSuffix(".mustache") {
        do {
            _ = try MustacheTemplate(string: contents)
        } catch let error as MustacheTemplate.ParserError {
            fail("\(file):\(error.context.lineNumber):\(error.context.columnNumber): error: the template does not parse: \(error.error)")
        } catch {
            fail("\(file):1:1: error: the template does not parse: \(error)")
        }
    }
    entries.append((name, contents))
}

var swift = """
    // Generated at build time by ReportTemplateEmbedder from the package's reports/ folder; do not edit.

    enum EmbeddedReportFiles {
        /// File contents by path relative to reports/.
        static let files: [String: String] = [

    """
for entry in entries {
    let hashes = rawDelimiter(for: entry.contents)
    swift += "        \(String(reflecting: entry.name)): \(hashes)\"\"\"\n\(entry.contents)\n\"\"\"\(hashes),\n"
}
swift += entries.isEmpty ? "        :\n    ]\n}\n" : "    ]\n}\n"

do {
    let existing = try? String(contentsOf: output, encoding: .utf8)
    if existing != swift {
        try swift.write(to: output, atomically: true, encoding: .utf8)
    }
} catch {
    fail("\(output.path):1:1: error: cannot write the embedded report files: \(error.localizedDescription)")
}
