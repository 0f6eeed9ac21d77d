import Foundation
import TermUI
import TestSupport
import Testing

@testable import CursesBackend

/// Real-terminal checks: this test binary runs the demo inside a private tmux server.
///
/// `tmuxSession` starts tmux with this same executable filtered to `demoInsideTmux`, which is
/// enabled only by `VCON_CURSES_DEMO=1`, then drives it with keys and reads the screen.
@Suite(.serialized) struct TerminalTests {
    static let insideTmux = ProcessInfo.processInfo.environment["VCON_CURSES_DEMO"] == "1"
    static let tmuxPath = Tmux.executable

    @Test(.enabled(if: insideTmux, "runs only inside the tmux session started by tmuxSession"))
    func demoInsideTmux() throws {
        try CursesDemo.run()
    }

    /// Starts the demo in a fresh private tmux server with the given environment.
    static func startDemo(environment: String) throws -> Tmux {
        let tmux = try Tmux(path: #require(Self.tmuxPath))
        let exe = try #require(Bundle.main.executablePath ?? CommandLine.arguments.first)
        let command =
            "env -u NO_COLOR \(environment) VCON_CURSES_DEMO=1 TERM=xterm-256color '\(exe)' "
            + "--testing-library swift-testing --filter demoInsideTmux >/dev/null 2>&1; echo DEMO-EXIT=$?; sleep 30"
        try tmux.run(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", "t", command])
        try tmux.run(["set", "-g", "escape-time", "0"])
        return tmux
    }

    @Test(.enabled(if: !insideTmux && tmuxPath != nil, "needs tmux"))
    func tmuxSession() throws {
        let tmux = try Self.startDemo(environment: "LANG=C.UTF-8 LC_ALL=C.UTF-8")
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])

        var screen = try tmux.waitFor("TermUI demo")
        #expect(screen.contains("80x24 · UTF-8 · colour · mouse on"))
        #expect(screen.contains("│▶ Alice \\u001b]0;pwned title\\u0007"))
        try tmux.keys("j")
        // The status line may be painted before the list row: wait for both (a loaded machine showed one without the other).
        screen = try tmux.waitUntil("last: j with Bob selected") { $0.contains("last: j") && $0.contains("│▶ Bob \\u001b[31mred") }
        #expect(screen.contains("│▶ Bob \\u001b[31mred"))
        try tmux.keys("Tab")
        screen = try tmux.waitFor("▾ vcon")
        try tmux.keys("M-x")
        _ = try tmux.waitFor("last: <M-x>")
        try tmux.keys("Escape")
        _ = try tmux.waitFor("last: <Esc>")
        try tmux.run(["resize-window", "-t", "t", "-x", "60", "-y", "20"])
        screen = try tmux.waitFor("last: resize 60x20")
        #expect(screen.split(separator: "\n").count <= 20)
        try tmux.keys("q")
        _ = try tmux.waitFor("DEMO-EXIT=0")
        #expect(try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"]) == title)
        #expect(try tmux.run(["display", "-p", "-t", "t", "#{alternate_on}"]).hasPrefix("0"))
    }

    @Test(.enabled(if: !insideTmux && tmuxPath != nil, "needs tmux"))
    func asciiLocaleAndNoColor() throws {
        let tmux = try Self.startDemo(environment: "LANG=C LC_ALL=C NO_COLOR=1")
        defer { tmux.kill() }
        let screen = try tmux.waitFor("TermUI demo")
        #expect(screen.contains("80x24 - ASCII - no colour - mouse on"))
        #expect(screen.contains("+------"))
        #expect(screen.contains("|> Alice \\u001b]0;pwned title\\u0007"))
        #expect(!screen.unicodeScalars.contains { $0.value > 0x7E })
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", "t"])
        // tmux writes each attribute as its own SGR; 39/49 are "default colour", anything else a colour.
        #expect(!styled.contains(/\x1B\[(3|4|9|10)[0-7]m/))
        #expect(styled.contains("\u{1B}[7m"))
        try tmux.keys("q")
        _ = try tmux.waitFor("DEMO-EXIT=0")
    }
}
