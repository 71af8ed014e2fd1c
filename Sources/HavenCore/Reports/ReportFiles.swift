import Foundation
import HavenCSV

/// Writes a report's files into a folder and says where they are.
public enum ReportFiles {
    /// The formats a report can be written in.
    public enum Format: String, Sendable, CaseIterable {
        /// One self-contained page: inline CSS and SVG, no script, nothing fetched.
        case html
        /// The tidy CSV.
        case csv
    }

    /// Writes `DIR/<name>.csv` from the report's rows and `DIR/<name>.html` from its page (rendered
    /// only when asked for), and returns the paths in the order of `formats`.
    ///
    /// - Throws: `HavenError.unreadableFile` when the folder or a file cannot be written, or what
    ///   `html` throws.
    public static func write(name: String, survey: String, rows: [TidyRow], formats: [Format], to folder: String, html: () throws -> String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw HavenError(.unreadableFile, "cannot create the output folder \(folder): \(error.localizedDescription)")
        }
        var paths: [String] = []
        for format in formats {
            let path = (folder as NSString).appendingPathComponent("\(name).\(format.rawValue)")
            let descriptor = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw HavenError(.unreadableFile, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            switch format {
            case .csv:
                try TidyCSV.write(rows: rows, survey: survey, to: CSVWriter(fileDescriptor: descriptor, name: path))
            case .html:
                let page = try html()
                try writeAll(Array(page.utf8), to: descriptor, path: path)
            }
            paths.append(path)
        }
        return paths
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else {
                throw HavenError(.unreadableFile, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
