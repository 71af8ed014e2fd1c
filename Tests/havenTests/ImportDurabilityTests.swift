import Foundation
import Testing

@Suite("imports are all or nothing, even when killed")
struct ImportDurabilityTests {
    /// Waits until `condition` holds or `seconds` pass.
    func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(5_000)
        }
        return condition()
    }

    @Test("kill -9 in the middle of an import leaves the store as it was")
    func killDuringImport() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/s.sqlite"
        let small = try runProcess("haven", ["generate", "wellbeing-pulse", "--rows", "40", "--seed", "1", "-o", "small.csv"], in: folder.path)
        #expect(small.status == 0)
        let first = try runProcess("haven", ["import", "wellbeing-pulse", "small.csv", "--store", store], in: folder.path)
        #expect(first.status == 0, "\(first.errors)")
        let before = try runProcess("haven", ["status", "--store", store, "--format", "json"], in: folder.path).output

        let big = try runProcess("haven", ["generate", "wellbeing-pulse", "--rows", "400000", "--seed", "2", "-o", "big.csv"], in: folder.path)
        #expect(big.status == 0)
        let importer = Process()
        importer.executableURL = Binaries.url("haven")
        importer.arguments = ["import", "wellbeing-pulse", "big.csv", "--store", store]
        importer.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        func size(_ path: String) -> Int {
            (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        let storeSize = size(store)
        try importer.run()
        // Wait until the import is writing: its uncommitted pages reach the write-ahead log, or,
        // when it could switch the store to the rollback journal, the store file itself.
        let writing = wait(seconds: 60) {
            size(store + "-wal") > 1 << 20 || size(store) > storeSize + (1 << 20)
        }
        #expect(writing, "the import never started writing")
        #expect(importer.isRunning, "the import finished before it could be killed; use a bigger file")
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(importer.terminationReason == .uncaughtSignal)

        let after = try runProcess("haven", ["status", "--store", store, "--format", "json"], in: folder.path)
        #expect(after.status == 0, "\(after.errors)")
        #expect(after.output == before)
        // The same file can be imported afterwards: the killed import left no trace of itself.
        let retry = try runProcess("haven", ["import", "wellbeing-pulse", "small.csv", "--store", store, "--allow-duplicate-file"], in: folder.path)
        #expect(retry.status == 0, "\(retry.errors)")
    }
}
