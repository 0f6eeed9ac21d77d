import Foundation
import TestSupport
import Testing

/// The Links and Security panes on a real terminal (tmux): the demo's verdicts, walking links with Enter and `[`,
/// the diff overlay, and a corpus bundle in the C locale.
@Suite(.serialized) struct LinksSecurityTerminalTests {
    static let bundle = Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")

    @Test(.enabled(if: TerminalTests.tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"))
    func demoVerdictsLinksAndDiff() throws {
        let tmux = try TerminalTests.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: "--demo")
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])
        _ = try tmux.waitFor("vCons (23)")
        // Member 06: the signature was broken after signing.
        try tmux.type(":6")
        try tmux.keys("Enter", "Enter", "7")
        var screen = try tmux.waitFor("jws     ✖ Invalid signature — signature does not match")
        _ = try tmux.waitFor("│▶ ✖ Invalid signature — signature does not match the signed data")
        // Member 04: signed and trusted by the demo root.
        try tmux.keys("q")
        try tmux.type(":4")
        try tmux.keys("Enter", "Enter", "7")
        screen = try tmux.waitFor("chain   3 certificates, trusted by CN=Demo Root CA")
        _ = try tmux.waitFor("✔ Authentic — signed by CN=signer.demo.vcon-browser.example")
        try tmux.keys("j", "j", "j")
        _ = try tmux.waitFor("[0] CN=signer.demo.vcon-browser.example")
        // Member 20, redacted: its link to the original, Enter, the way back, the diff.
        try tmux.keys("q")
        try tmux.type(":20")
        try tmux.keys("Enter", "Enter", "6")
        _ = try tmux.waitFor("└─ redacted → here [-] Card payment call (original")
        try tmux.keys("j", "Enter")
        _ = try tmux.waitFor("uuid        de1349a5-e1c5-840b-a906-dc5223d63eee")
        try tmux.keys("6")
        _ = try tmux.waitFor("└─ redacted ← here [-] Card payment call (redacted")
        try tmux.keys("[")
        _ = try tmux.waitFor("└─ redacted → here")
        try tmux.keys("d")
        screen = try tmux.waitFor("Diff (redacted)")
        _ = try tmux.waitFor("- dialog[0] text  redacted (placeholder)")
        try tmux.keys("l")
        _ = try tmux.waitFor("@@ -")
        try tmux.keys("q")
        _ = try tmux.waitFor("j/k move")
        try TerminalTests.quitAndCheckShell(tmux, title: title)
    }

    @Test(.corpus, .enabled(if: TerminalTests.tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"))
    func corpusBundleInTheCLocale() throws {
        let tmux = try TerminalTests.start("LANG=C LC_ALL=C", file: Self.bundle)
        defer { tmux.kill() }
        let title = try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"])
        var screen = try tmux.waitFor("vCons (8)")
        screen = try tmux.waitUntil("the signed member's badge") { $0.contains("[s?]") && $0.contains("python-vcon signed exam") }
        // The group parent links to its two parts; a part is linked from it.
        try tmux.type(":6")
        try tmux.keys("Enter", "Enter", "6")
        screen = try tmux.waitFor("|- group > here [-] Part 1: chat")
        _ = try tmux.waitFor("`- group > here [-] Part 2: call")
        try tmux.keys("j", "Enter", "6")
        _ = try tmux.waitFor("`- group < here [-] Group parent")
        try tmux.keys("j", "j", "d")
        _ = try tmux.waitFor("group members are separate conversations")
        // The signed example: valid signature, no anchor given. q retraces the link (back to the parent),
        // then goes back to the list.
        try tmux.keys("q", "q")
        _ = try tmux.waitFor("vCons (8)")
        try tmux.type(":3")
        try tmux.keys("Enter", "Enter", "7")
        screen = try tmux.waitFor("[s?] signature valid")
        _ = try tmux.waitFor("jws     [s?]")
        // External references checked against the bundle's files/.
        try tmux.keys("q")
        try tmux.type(":7")
        try tmux.keys("Enter", "Enter", "7", "G")
        screen = try tmux.waitFor("hashes  3 ok")
        _ = try tmux.waitFor("ok .dialog[0]       sha512 matches")
        let app = screen.split(separator: "\n").prefix(24).joined(separator: "\n")
        #expect(!app.unicodeScalars.contains { $0.value > 0x7E })
        try TerminalTests.quitAndCheckShell(tmux, title: title)
    }
}
