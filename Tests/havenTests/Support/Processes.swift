import Foundation

/// The built `haven` executable beside the test bundle.
enum Binaries {
    static func url(_ name: String) -> URL {
        Bundle.main.bundleURL.appendingPathComponent(name)
    }
}

/// Runs a built executable to completion and returns its status and output.
func runProcess(_ name: String, _ arguments: [String], in folder: String, environment: [String: String]? = nil) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = Binaries.url(name)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    if let environment { process.environment = environment }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes concurrently so a chatty process cannot fill one and block.
    nonisolated(unsafe) var errorData = Data()
    let reader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { usleep(1000) }
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}
