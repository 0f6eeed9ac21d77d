import Foundation
import TestSupport
import Testing

/// The browser on a real terminal: a private tmux server runs a shell, the shell runs the built binary.
///
/// Every step waits for a text unique to the expected screen before sending the next keys.
@Suite(.serialized) struct TerminalTests {
    static let tmuxPath = Tmux.executable
    static let sample = Corpus.path("python-vcon-generated/pyvcon_unsigned_features.vcon.json")

    /// Starts a shell in a fresh tmux server at 80×24 with `environment`, and runs the browser on `file`.
    static func start(_ environment: String, file: String, extra: String = "") throws -> Tmux {
        let tmux = try Tmux(path: #require(tmuxPath))
        let binary = try #require(CLIRunner.binary).path
        let shell =
            "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color TZ=UTC \(environment) PS1='SH$ ' "
            + "bash --norc --noprofile -i"
        try tmux.run(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", "t", shell])
        try tmux.run(["set", "-g", "escape-time", "0"])
        _ = try tmux.waitFor("SH$")
        try tmux.type("'\(binary)' \(extra) '\(file)'")
        try tmux.keys("Enter")
        return tmux
    }

    /// Quits with `Q` and checks the shell has its terminal back: prompt, exit status 0, normal screen, title.
    static func quitAndCheckShell(_ tmux: Tmux, title: String) throws {
        try tmux.keys("Q")
        try tmux.type("echo SHELL-OK-$?")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("SHELL-OK-0")
        #expect(try tmux.run(["display", "-p", "-t", "t", "#{alternate_on}"]).hasPrefix("0"))
        #expect(try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"]) == title)
    }

    @Test(.corpus, .enabled(if: tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"))
    func browseEveryPaneSearchFollowResizeSuspend() throws {
        let tmux = try Self.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: Self.sample)
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])
        var screen = try tmux.waitFor("Subject     python-vcon feature sampler")
        _ = try tmux.waitFor("┌──")
        for (key, text) in [
            ("2", "parties[0] Alice (customer, +12345678901)"), ("3", "[0] recording  2024-01-15 10:00:05Z"),
            ("4", "[0] transcript → dialog[0]"), ("5", "[0] invoice.pdf  application/pdf"),
            ("6", "Links to: nothing"), ("7", "vcon    · Unsigned"), ("8", "vcon: \"0.0.2\""),
            ("1", "Subject     python-vcon"),
        ] {
            try tmux.keys(key)
            _ = try tmux.waitFor(text)
        }
        try tmux.type("/follow up")
        try tmux.keys("Enter")
        screen = try tmux.waitFor("/follow up 1/1")
        _ = try tmux.waitFor(".dialog[3].body")
        // Follow a reference (dialog[0]'s second party) and come back.
        try tmux.keys("3", "g", "g", "l", "j", "j", "j", "j", "j")
        _ = try tmux.waitFor(".dialog[0].parties[1]")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("parties[1] Bob (agent, +19876543210)")
        try tmux.keys("[")
        _ = try tmux.waitFor(".dialog[0].parties[1]")

        for (width, height) in [(200, 60), (80, 24), (60, 20)] {
            try tmux.run(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)])
            screen = try tmux.waitUntil("a \(width)-column frame") { screen in
                screen.split(separator: "\n").contains { $0.hasPrefix("└") && $0.count == width }
            }
            #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count <= height + 1)
        }
        screen = try tmux.waitFor("│ dialog[0] recording")
        #expect(!screen.contains("┬"), "60×20 shows one side at a time")

        try tmux.keys("C-z")
        _ = try tmux.waitFor("Stopped")
        #expect(try tmux.run(["display", "-p", "-t", "t", "#{alternate_on}"]).hasPrefix("0"))
        try tmux.type("fg")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("dialog[0] recording")
        try Self.quitAndCheckShell(tmux, title: title)
    }

    @Test(.corpus, .enabled(if: tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"))
    func asciiLocaleAndNoColor() throws {
        let tmux = try Self.start("LANG=C LC_ALL=C NO_COLOR=1", file: Self.sample)
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])
        var screen = try tmux.waitFor("Subject     python-vcon feature sampler")
        _ = try tmux.waitFor("+----")
        _ = try tmux.waitFor("[-] unsigned")
        try tmux.keys("3")
        screen = try tmux.waitFor("> [1] Bob (agent, +19876543210)")
        let app = screen.split(separator: "\n").prefix(24).joined(separator: "\n")
        #expect(!app.unicodeScalars.contains { $0.value > 0x7E })
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", "t"])
        #expect(!styled.contains(/\x1B\[(3|4|9|10)[0-7]m/))
        #expect(styled.contains("\u{1B}[7m"))
        try tmux.keys("8")
        _ = try tmux.waitFor("- {10 keys}")
        try Self.quitAndCheckShell(tmux, title: title)
    }

    @Test(.enabled(if: tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"))
    func hostileStringsDoNotReachTheTerminal() throws {
        let hostile = """
            {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
             "subject": "TITLE\\u001b]0;pwned\\u0007 \\u001b]2;pwned2\\u001b\\\\ done",
             "parties": [{"name": "Eve\\u001b[31mRED\\u001b[0m\\u001b[10;10HMOVED", "tel": "\\u001b]52;c;ZXZpbA==\\u0007"}],
             "dialog": [{"type": "text", "start": "2024-01-15T10:00:00Z", "parties": [0], "encoding": "none",
                         "mediatype": "text/plain", "body": "clear\\u001b[2J\\u001b[Hscreen \\u202eevil\\u009b31m"}]}
            """
        let path = try CLIRunner.fixture("hostile.vcon.json", hostile)
        let tmux = try Self.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: path)
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])
        var screen = try tmux.waitFor("TITLE\\u001b]0;pwned\\u0007")
        _ = try tmux.waitFor("Eve\\u001b[31mRED\\u001b[0m\\u001b[10;10HMOVED")
        try tmux.keys("2")
        screen = try tmux.waitFor("tel         \\u001b]52;c;ZXZpbA==\\u0007")
        try tmux.keys("3")
        screen = try tmux.waitFor("clear\\u001b[2J\\u001b[Hscreen \\u202eevil\\u009b31m")
        #expect(try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"]) == title)
        let styled = try tmux.run(["capture-pane", "-p", "-e", "-t", "t"])
        #expect(!styled.contains("\u{1B}[31m"))
        try Self.quitAndCheckShell(tmux, title: title)
    }
}

extension TerminalTests {
    /// The demo's SIP call: `L` opens the ladder, j/k move, Space marks, Enter shows the message, and the
    /// arrows are on screen (UTF-8 and `LANG=C`).
    @Test(
        .enabled(if: tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"),
        arguments: ["LANG=C.UTF-8 LC_ALL=C.UTF-8", "LANG=C LC_ALL=C"])
    func demoLadder(locale: String) throws {
        let ascii = locale.hasPrefix("LANG=C ")
        let tmux = try Self.start(locale, file: "--demo")
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])
        _ = try tmux.waitFor("SIP call with STIR")
        try tmux.keys("j", "j", "Enter")
        _ = try tmux.waitFor("Subject     SIP call with STIR")
        try tmux.keys("L")
        var screen = try tmux.waitFor("Ladder " + (ascii ? "-" : "·") + " dialog 0")
        let invite = ascii ? "|---- INVITE (SDP) --->|" : "│──── INVITE (SDP) ───▶│"
        let trying = ascii ? "|<---- 100 Trying -----|" : "│◀──── 100 Trying ─────│"
        _ = try tmux.waitFor(invite)
        _ = try tmux.waitFor(trying)
        _ = try tmux.waitFor((ascii ? "> " : "▶ ") + "14:30:00.001")
        try tmux.keys("j", "Space", "j", "j")
        // The cursor row (200 OK) shows the time since the mark on 100 Trying.
        screen = try tmux.waitFor((ascii ? "> " : "▶ ") + "14:30:03.400   +3.350s")
        _ = try tmux.waitFor((ascii ? "*" : "●") + "      " + (ascii ? "|" : "│"))
        try tmux.keys("Enter")
        screen = try tmux.waitFor("#3 200 OK (SDP)")
        _ = try tmux.waitFor("SIP/2.0 200 OK")
        _ = try tmux.waitFor(ascii ? "|<--- 200 OK (SDP) ----|" : "│◀─── 200 OK (SDP) ────│")
        try tmux.run(["resize-window", "-t", "t", "-x", "200", "-y", "60"])
        screen = try tmux.waitFor("Content-Type: application/sdp")
        _ = try tmux.waitFor(trying)
        // Esc closes the message, q leaves the ladder for the Summary it was opened from.
        try tmux.keys("Escape")
        _ = try tmux.waitUntil("the message panel closed") { !$0.contains("Content-Type: application/sdp") }
        try tmux.keys("q")
        _ = try tmux.waitFor("Signaling   " + (ascii ? ">" : "→") + " SIP ladder of dialog 0, 1  (L)")
        try Self.quitAndCheckShell(tmux, title: title)
    }
}
