internal import CNCurses
import Foundation

/// What a crash of the browser leaves behind: a short message on the restored terminal and a report file.
///
/// Everything a signal handler needs is prepared by `prepare()` (paths and texts as C strings), so the handler
/// itself only calls async-signal-safe functions: `mkdir`, `open`, `write`, `close`, and `backtrace_symbols_fd`
/// (which writes without allocating; `backtrace` is called once here so its library is loaded before a crash).
/// The report goes to `$XDG_STATE_HOME/vcon-browser/` (default `~/.local/state/vcon-browser/`), named
/// `crash-<UTC time>-<pid>.txt`, mode 0600. See DECISIONS.md, "What a crash looks like".
enum CrashReport {
    /// Directories to create, outermost first, and the report path (C strings, never freed).
    nonisolated(unsafe) private static var directories: [UnsafeMutablePointer<CChar>] = []
    nonisolated(unsafe) private static var reportPath: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var header: [UInt8] = []
    nonisolated(unsafe) private static var prepared = false
    /// Room for the backtrace's return addresses, allocated before any crash (a handler must not allocate).
    private static let frameCapacity: Int32 = 128
    nonisolated(unsafe) private static let frames = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(
        capacity: Int(frameCapacity))

    /// The folder crash reports go to (`$XDG_STATE_HOME/vcon-browser`, else `~/.local/state/vcon-browser`).
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/vcon-browser" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/vcon-browser"
    }

    /// Computes the report's path and header once per process (before any crash can happen).
    static func prepare() {
        guard !prepared else { return }
        prepared = true
        let folder = folder()
        var partial = ""
        for component in folder.split(separator: "/") {
            partial += "/" + component
            if let copy = strdup(partial) { directories.append(copy) }
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
        let stamp = formatter.string(from: Date()).replacingOccurrences(of: ":", with: "")
        reportPath = strdup("\(folder)/crash-\(stamp)-\(getpid()).txt")
        let arguments = CommandLine.arguments.map { $0.debugDescription }.joined(separator: " ")
        header = Array("vcon-browser crash report\npid \(getpid()), started \(stamp)\narguments: \(arguments)\n".utf8)
        // Loads libgcc's unwinder now: the first backtrace() call may allocate, later ones do not.
        frames.initialize(repeating: nil, count: Int(frameCapacity))
        _ = backtrace(frames, 4)
    }

    /// Writes the report for `signal` (from a signal handler); returns true when the file was written.
    static func write(signal: Int32, address: UInt) -> Bool {
        guard let reportPath else { return false }
        for directory in directories { mkdir(directory, 0o700) }
        let fd = open(reportPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        header.withUnsafeBytes { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
        writeText(fd, "signal ")
        writeNumber(fd, UInt(signal))
        writeText(fd, " (")
        writeText(fd, name(of: signal))
        writeText(fd, "), fault address 0x")
        writeNumber(fd, address, radix: 16)
        writeText(fd, "\nbacktrace (demangle with `swift demangle`):\n")
        let count = backtrace(frames, frameCapacity)
        backtrace_symbols_fd(frames, count, fd)
        return true
    }

    /// The one-line notice printed on the restored terminal.
    static func notice(signal: Int32, written: Bool, to fd: Int32) {
        writeText(fd, "\r\nvcon-browser crashed (")
        writeText(fd, name(of: signal))
        writeText(fd, "); the terminal was restored.\r\n")
        if written, let reportPath {
            writeText(fd, "Crash report: ")
            _ = Glibc.write(fd, reportPath, strlen(reportPath))
            writeText(fd, "\r\nPlease attach it to a bug report.\r\n")
        } else {
            writeText(fd, "No crash report could be written.\r\n")
        }
    }

    /// The signal's name (static strings only).
    static func name(of signal: Int32) -> StaticString {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGFPE: "SIGFPE"
        case SIGABRT: "SIGABRT"
        case SIGTRAP: "SIGTRAP"
        default: "signal"
        }
    }

    private static func writeText(_ fd: Int32, _ text: StaticString) {
        _ = Glibc.write(fd, text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Writes a number without allocating (a fixed stack buffer).
    private static func writeNumber(_ fd: Int32, _ value: UInt, radix: UInt = 10) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var n = value
            var index = buffer.count
            repeat {
                index -= 1
                let digit = UInt8(n % radix)
                buffer[index] = digit < 10 ? 0x30 + digit : 0x57 + digit
                n /= radix
            } while n > 0 && index > 0
            _ = Glibc.write(fd, buffer.baseAddress.map { $0 + index }, buffer.count - index)
        }
    }
}
