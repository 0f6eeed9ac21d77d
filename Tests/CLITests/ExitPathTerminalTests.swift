import Foundation
import TestSupport
import Testing

/// The terminal is restored on every exit path (issue 14.4), checked on a real terminal: after a crash signal,
/// SIGTERM, SIGHUP, and while suspended with Ctrl-Z, the shell is in cooked mode with echo, the cursor is
/// visible, the alternate screen is left and mouse reporting is off. A crash prints one notice with the path
/// of its report under `$XDG_STATE_HOME/vcon-browser/`, and never waits at the backtracer's prompt.
@Suite(.serialized) struct ExitPathTerminalTests {
    static let ready = TerminalTests.tmuxPath != nil && CLIRunner.binary != nil
    static let stateFolder = NSTemporaryDirectory() + "vcon-browser-state-\(getpid())"

    /// Starts the browser (mouse on) and returns the tmux session and the browser's pid.
    func start() throws -> (Tmux, Int32) {
        let tmux = try TerminalTests.start(
            "LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=\(Self.stateFolder)", file: TerminalTests.sample)
        _ = try tmux.waitFor("┌──")
        let shell = try #require(
            Int32(tmux.run(["display", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        let browser = try #require(Self.child(of: shell))
        #expect(try Self.flags(tmux) == "1 0 1", "while browsing: alternate screen, cursor hidden, mouse on")
        return (tmux, browser)
    }

    /// The first child process of `parent` (from /proc).
    static func child(of parent: Int32) -> Int32? {
        for _ in 0..<100 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for entry in entries {
                guard let pid = Int32(entry),
                    let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                    let close = stat.lastIndex(of: ")")
                else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                if fields.count > 1, Int32(fields[1]) == parent { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// `alternate_on cursor_flag mouse_any_flag` of the pane.
    static func flags(_ tmux: Tmux) throws -> String {
        try tmux.run(["display", "-p", "-t", "t", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The shell has a usable terminal: the exit status, cooked mode with echo, cursor shown, no alternate screen, no mouse.
    static func checkShell(_ tmux: Tmux, status: Int) throws {
        try tmux.type("echo SHELL-STATUS-$?; stty -a | tr ' ' '\\n' | grep -xE -e '-?icanon' -e '-?echo' | tr '\\n' ' '; echo")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("SHELL-STATUS-\(status)")
        // stty's local flags, one per line: "icanon echo" in cooked mode with echo, "-icanon" / "-echo" otherwise.
        // (The typed command line wraps at 80 columns and contains both words too, in quotes: skip it.)
        let flagLines = { (screen: String) in
            screen.split(separator: "\n").filter { $0.hasSuffix("echo") && $0.contains("icanon") && !$0.contains("'") }
        }
        let screen = try tmux.waitUntil("stty's flags") { !flagLines($0).isEmpty }
        #expect(flagLines(screen).last == "icanon echo", "cooked mode with echo:\n\(screen)")
        #expect(try flags(tmux) == "0 1 0", "alternate screen left, cursor visible, mouse off")
    }

    @Test(
        .corpus, .enabled(if: ready, "needs tmux and the built binary"),
        arguments: [("SEGV", SIGSEGV), ("BUS", SIGBUS), ("ABRT", SIGABRT)])
    func crashSignalRestoresTheTerminalAndWritesAReport(name: String, signal: Int32) throws {
        let (tmux, browser) = try start()
        defer { tmux.kill() }
        #expect(kill(browser, signal) == 0)
        _ = try tmux.waitFor("vcon-browser crashed (SIG\(name)); the terminal was restored.")
        // Joined: the report's path is longer than the 80-column pane.
        let screen = try tmux.run(["capture-pane", "-p", "-J", "-t", "t"])
        #expect(!screen.contains("Press space to interact"), "no backtracer prompt")
        let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("Crash report: ") })
        let report = String(line.dropFirst("Crash report: ".count)).trimmingCharacters(in: .whitespaces)
        #expect(report.hasPrefix(Self.stateFolder + "/vcon-browser/crash-"))
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text.contains("signal \(signal) (SIG\(name))"))
        #expect(text.contains("backtrace"))
        try Self.checkShell(tmux, status: 128 + Int(signal))
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"), arguments: [("TERM", SIGTERM), ("HUP", SIGHUP)])
    func stopSignalRestoresTheTerminal(name: String, signal: Int32) throws {
        let (tmux, browser) = try start()
        defer { tmux.kill() }
        #expect(kill(browser, signal) == 0)
        try Self.checkShell(tmux, status: 128 + Int(signal))
        #expect(!(try tmux.capture().contains("crashed")), "a stop request is not a crash")
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func suspendGivesTheShellAPlainTerminalAndResumes() throws {
        let (tmux, _) = try start()
        defer { tmux.kill() }
        try tmux.keys("C-z")
        _ = try tmux.waitFor("Stopped")
        try Self.checkShell(tmux, status: 148)
        try tmux.type("fg")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("┌──")
        _ = try tmux.waitUntil("mouse back on") { _ in (try? Self.flags(tmux)) == "1 0 1" }
        try tmux.keys("Q")
        try Self.checkShell(tmux, status: 0)
    }
}
