import Foundation
import Testing

/// A private tmux server (its own `-L` socket, no config file) driving a real terminal for tests.
///
/// Start it with `run(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", "t", command])`;
/// every helper addresses the session `t`. Wait for a text unique to the expected screen before sending keys.
public struct Tmux: Sendable {
    /// The tmux executable, or nil when tmux is not installed (tests then skip with `.enabled(if:)`).
    public static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The tmux binary this driver runs.
    public let path: String
    /// The private socket name (process id and a random suffix, so parallel tests never share a server).
    public let socket = "vcon-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"

    /// A driver for `path` (usually `try #require(Tmux.executable)`).
    public init(path: String) { self.path = path }

    /// Runs a tmux command through `popen` (Foundation's `Process.waitUntilExit` can hang inside the test
    /// runner); a new server gets no pipe, since it would hold it open forever.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        let quoted = ([path, "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let silent = arguments.contains("new-session")
        let command = quoted.joined(separator: " ") + (silent ? " >/dev/null 2>&1" : " 2>/dev/null")
        guard let pipe = popen(command, "r") else { throw TmuxError(command: command) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, pipe)
            if n <= 0 { break }
            output.append(contentsOf: chunk[0..<n])
        }
        guard pclose(pipe) == 0 else { throw TmuxError(command: command) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Sends keys by tmux name (`"j"`, `"Enter"`, `"C-z"`, `"M-x"`).
    public func keys(_ keys: String...) throws { try run(["send-keys", "-t", "t"] + keys) }

    /// Types text literally.
    public func type(_ text: String) throws { try run(["send-keys", "-t", "t", "-l", text]) }

    /// The visible screen as plain text.
    public func capture() throws -> String { try run(["capture-pane", "-p", "-t", "t"]) }

    /// Polls the screen until `text` shows (10 s at most); returns the screen.
    public func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Polls the screen until `predicate` holds (10 s at most); records an issue naming `what` if it never does.
    public func waitUntil(
        _ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ predicate: (String) -> Bool
    ) throws -> String {
        var screen = ""
        for _ in 0..<200 {
            screen = try capture()
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); screen:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Stops the server and removes its socket.
    public func kill() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }
}

/// A tmux command that failed (non-zero exit), with the command line.
public struct TmuxError: Error {
    /// The shell command that failed.
    public var command: String
}
