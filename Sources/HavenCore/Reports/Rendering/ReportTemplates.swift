import Foundation
import Mustache

/// The templates, stylesheet and strings reports are rendered with: the defaults compiled into the
/// binary from `reports/`, with any file of an override folder (`--templates DIR`) replacing the
/// default of the same name.
public struct ReportTemplates: Sendable {
    /// File contents by path relative to the templates folder (`quarterly.mustache`,
    /// `partials/cell.mustache`, `report.css`, `strings.yaml`).
    public let files: [String: String]
    /// Where each overriding file came from, for error messages.
    private let origins: [String: String]

    /// The defaults compiled into the binary.
    public static var builtIn: ReportTemplates {
        ReportTemplates(files: EmbeddedReportFiles.files, origins: [:])
    }

    private init(files: [String: String], origins: [String: String]) {
        self.files = files
        self.origins = origins
    }

    /// The defaults with the files of `folder` laid over them.
    ///
    /// - Throws: `ReportError` when the folder cannot be read.
    public static func overridden(by folder: String) throws(ReportError) -> ReportTemplates {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReportError("\(folder): the templates folder does not exist; --templates names a folder of .mustache files, report.css and strings.yaml")
        }
        var files = EmbeddedReportFiles.files
        var origins: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            guard ["mustache", "css", "yaml"].contains((relative as NSString).pathExtension) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ReportError("\(path):1:1: cannot read the file as UTF-8 text")
            }
            files[relative] = contents
            origins[relative] = path
        }
        return ReportTemplates(files: files, origins: origins)
    }

    /// The strings of `language`.
    ///
    /// - Throws: `ReportError` when the strings file is missing or lacks the language.
    public func strings(language: String) throws(ReportError) -> ReportStrings {
        guard let yaml = files["strings.yaml"] else { throw ReportError("strings.yaml: the report strings are missing") }
        return try ReportStrings(yaml: yaml, path: origins["strings.yaml"] ?? "reports/strings.yaml", language: language)
    }

    /// Renders `page` with the template `name` (`quarterly`), every other template available as a
    /// partial by its path without extension (`partials/cell`).
    ///
    /// - Throws: `ReportError` naming the file, line and column of a template that does not parse.
    public func render(_ page: Any, template name: String) throws(ReportError) -> String {
        var library = MustacheLibrary()
        for (path, text) in files where path.hasSuffix(".mustache") {
            do {
                library.register(try MustacheTemplate(string: text), named: String(path.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError("\(origins[path] ?? "reports/" + path):\(error.context.lineNumber):\(error.context.columnNumber): the template does not parse: \(error.error)")
            } catch {
                throw ReportError("\(origins[path] ?? "reports/" + path): the template does not parse: \(error)")
            }
        }
        // The stylesheet is a partial too, so the page template inlines it verbatim (`{{>report-css}}`)
        // and no template needs an unescaped variable.
        if let css = files["report.css"] {
            do {
                library.register(try MustacheTemplate(string: css), named: "report-css")
            } catch {
                throw ReportError("\(origins["report.css"] ?? "reports/report.css"): the stylesheet cannot be inlined: \(error)")
            }
        }
        guard let html = library.render(page, withTemplate: name) else {
            throw ReportError("\(name).mustache: no such template among: \(files.keys.filter { $0.hasSuffix(".mustache") }.sorted().joined(separator: ", "))")
        }
        return html
    }
}
