import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the real `haven` binary on a pseudo-terminal, as a respondent at a terminal meets it:
/// keys go in as bytes, and everything it draws is kept, escape sequences and all.
final class PseudoTerminal {
    /// Everything the program wrote, as received.
    private(set) var bytes: [UInt8] = []
    let pid: pid_t
    private let master: Int32
    /// The test's own handle on the program's side, to read the terminal settings it leaves.
    private let slave: Int32
    /// Where `waitFor` starts looking: the output that arrived after the last key sent.
    private var mark = 0
    private var exitStatus: Int32?

    /// The built `haven` executable.
    static var binary: String {
        Bundle.main.bundleURL.appendingPathComponent("haven").path
    }

    /// Starts `haven arguments` on a fresh terminal of `width`×`height`.
    init(_ arguments: [String], environment: [String: String] = [:], width: UInt16 = 80, height: UInt16 = 24) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw HarnessError("the haven binary is not at \(Self.binary); build it first (swift build)")
        }
        let (master, slavePath) = try Self.openMaster()
        self.master = master
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (below), the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([Self.binary] + arguments).map { strdup($0) } + [nil]
        var merged = ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        merged.merge(environment) { $1 }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, Self.binary, &actions, &attributes, argv, envp)
        guard result == 0 else { throw HarnessError("cannot start haven: \(String(cString: strerror(result)))") }
        pid = child
        slave = open(slavePath, O_RDWR | O_NOCTTY)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    /// Opens a pseudo-terminal's master side and names its slave side.
    private static func openMaster() throws -> (Int32, String) {
        #if os(Linux)
        // Swift's Glibc module does not import posix_openpt and friends; these are the ioctls
        // they wrap (TIOCSPTLCK and TIOCGPTN on Linux).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw HarnessError("cannot open a pseudo-terminal")
        }
        return (master, "/dev/pts/\(number)")
        #else
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw HarnessError("cannot open a pseudo-terminal")
        }
        return (master, String(cString: name))
        #endif
    }

    #if os(Linux)
    /// glibc's POSIX_SPAWN_SETSID, which Swift does not import.
    private static let spawnSetSID: Int32 = 0x80
    #else
    private static let spawnSetSID: Int32 = POSIX_SPAWN_SETSID
    #endif

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(slave)
        close(master)
    }

    /// Whether the terminal is in line mode with echo, as a shell expects it.
    var isInLineModeWithEcho: Bool {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Everything written so far, as text.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Types `text` (escape sequences and control characters included).
    func send(_ text: String) {
        pump()
        mark = bytes.count
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let written = data[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if errno != EINTR && errno != EAGAIN { return }
        }
    }

    /// Changes the terminal's size, as dragging a window does (the program gets SIGWINCH).
    func resize(width: UInt16, height: UInt16) {
        pump()
        mark = bytes.count
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Whether the program is still running.
    var isRunning: Bool { !hasExited }

    /// Sends a signal to the program.
    func signal(_ number: Int32) {
        pump()
        mark = bytes.count
        kill(pid, number)
    }

    /// Waits until `text` appears in what was drawn since the last key (or since the start).
    func waitFor(_ text: String, timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            pump(waitingUntil: min(deadline, .now + .milliseconds(50)))
            if String(decoding: bytes[mark...], as: UTF8.self).contains(text) { return }
            if ContinuousClock.now >= deadline || hasExited {
                pump()
                if String(decoding: bytes[mark...], as: UTF8.self).contains(text) { return }
                throw HarnessError("“\(text)” did not appear; the screen since the last key was:\n\(Self.readable(bytes[mark...]))")
            }
        }
    }

    /// Waits for the program to end and returns its exit status (128 + signal when killed).
    func waitForExit(timeout: Duration = .seconds(15)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while !hasExited {
            guard ContinuousClock.now < deadline else { throw HarnessError("haven did not exit; the screen was:\n\(Self.readable(bytes[mark...]))") }
            pump(waitingUntil: .now + .milliseconds(50))
        }
        pump()
        return exitStatus ?? -1
    }

    private var hasExited: Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return true
    }

    /// Reads whatever the program wrote, waiting at most until `deadline` for the first bytes.
    private func pump(waitingUntil deadline: ContinuousClock.Instant? = nil) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var timeout: Int32 = 0
        if let deadline {
            let remaining = ContinuousClock.now.duration(to: deadline)
            timeout = remaining > .zero ? Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000) : 0
        }
        guard poll(&descriptor, 1, timeout) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            bytes += buffer[0..<count]
        }
    }

    /// Escape sequences made visible, for failure messages.
    static func readable(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "␛")
    }
}

/// The test harness could not do its part.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
