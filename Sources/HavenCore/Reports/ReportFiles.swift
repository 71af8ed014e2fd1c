import Foundation
import HavenCSV

/// Writes a release's report files into a folder and says where they are.
public enum ReportFiles {
    /// The formats a report can be written in.
    public enum Format: String, Sendable, CaseIterable {
        case csv
    }

    /// Writes `DIR/<survey>-<period>.csv` (one file per quarter) and returns the paths.
    public static func write(_ release: Release, formats: [Format], to folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw HavenError(.unreadableFile, "cannot create the output folder \(folder): \(error.localizedDescription)")
        }
        var paths: [String] = []
        for period in release.periods {
            var single = release
            single.periods = [period]
            for format in formats {
                let path = (folder as NSString).appendingPathComponent("\(release.module.id)-\(period).\(format.rawValue)")
                let descriptor = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else {
                    throw HavenError(.unreadableFile, "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                defer { close(descriptor) }
                switch format {
                case .csv: try TidyCSV.write(single, to: CSVWriter(fileDescriptor: descriptor, name: path))
                }
                paths.append(path)
            }
        }
        return paths
    }
}
