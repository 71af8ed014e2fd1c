import Foundation
import Testing

@Suite("several kiosks writing to one store")
struct ConcurrentKioskTests {
    @Test("eight processes appending 100 responses each at once: 800 stored, none lost or duplicated")
    func eightWriters() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/kiosks.sqlite"
        let writers = (0..<8).map { _ in
            let process = Process()
            process.executableURL = Binaries.url("haven-bench")
            process.arguments = ["store-append", store, "100"]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            return (process, errors)
        }
        for (process, _) in writers {
            try process.run()
        }
        for (process, errors) in writers {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let status = try runProcess("haven", ["status", "--store", store, "--format", "json"], in: folder.path)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["responses"] as? Int == 800)
    }
}
