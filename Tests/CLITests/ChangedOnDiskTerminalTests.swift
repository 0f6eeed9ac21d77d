import Foundation
import TestSupport
import Testing

/// Files that change while the browser shows them (issue 14.1), through the real binary in tmux: the issue's
/// truncation scenario and its siblings. Nothing crashes, the screen stays readable, the status line says
/// "changed on disk", `R` reloads, and the shell gets its terminal back with exit status 0.
@Suite(.serialized) struct ChangedOnDiskTerminalTests {
    static let example = Corpus.path("py-vcon/tests__example_external_dialog.vcon")
    static var ready: Bool { TerminalTests.tmuxPath != nil && CLIRunner.binary != nil }

    /// A private copy of the issue's example file.
    static func copy(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "changed-on-disk-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: example, toPath: path)
        return path
    }

    /// Polls the screen for `text` for up to a minute: the JSON pane of the 3.4 MB example takes seconds in a debug
    /// build on a busy machine.
    @discardableResult
    static func waitLong(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var screen = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            screen = try tmux.capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \"\(text)\"; screen:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Quits with `Q` and waits for the shell's exit status 0.
    static func quit(_ tmux: Tmux) throws {
        try tmux.keys("Q")
        try tmux.type("echo SHELL-OK-$?")
        try tmux.keys("Enter")
        try waitLong(tmux, "SHELL-OK-0")
    }

    /// The issue's keys (`4`, `jjjj`, `8`) after `change`; then the notice, a readable screen, `Q` and the shell.
    func run(change: String, notice: String, prepare: (String) throws -> Void) throws {
        let path = try Self.copy("example-\(change).vcon")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tmux = try TerminalTests.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: path)
        defer { tmux.kill() }
        _ = try tmux.waitFor("Subject")
        try prepare(path)
        try tmux.keys("4", "j", "j", "j", "j")
        try Self.waitLong(tmux, "▶ [2] transcript")
        try tmux.keys("8")
        try Self.waitLong(tmux, "vcon: \"0.0.2\"")
        // The issue's `G` (94 961 rows) waits for the JSON pane fix of issue 12.1 (it takes minutes on main);
        // far pages of a truncated mapping are read by `truncatedMappedFileDoesNotKillTheBrowser`.
        let screen = try Self.waitLong(tmux, "changed on disk (R reloads): example-\(change).vcon \(notice)")
        #expect(screen.contains("┌") && screen.contains("8 JSON"), "the screen is still drawn")
        try Self.quit(tmux)
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func truncatedWhileOpen() throws {
        try run(change: "truncate", notice: "truncated to 0 bytes") { path in #expect(truncate(path, 0) == 0) }
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func grownWhileOpen() throws {
        try run(change: "grow", notice: "grown to") { path in
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(repeating: 0x20, count: 4096))
            try handle.close()
        }
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func replacedByRenameWhileOpen() throws {
        try run(change: "rename", notice: "replaced") { path in
            let other = path + ".new"
            try Data("{}".utf8).write(to: URL(fileURLWithPath: other))
            #expect(rename(other, path) == 0)
        }
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func deletedWhileOpen() throws {
        try run(change: "delete", notice: "deleted or unreadable") { path in #expect(unlink(path) == 0) }
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func madeUnreadableWhileOpen() throws {
        try run(change: "chmod", notice: "permissions changed") { path in #expect(chmod(path, 0) == 0) }
    }

    @Test(.corpus, .enabled(if: ready, "needs tmux and the built binary"))
    func reloadAfterAChangeShowsTheNewContent() throws {
        let path = try Self.copy("example-reload.vcon")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tmux = try TerminalTests.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: path)
        defer { tmux.kill() }
        _ = try tmux.waitFor("Subject")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"vcon\"", with: "\"subject\": \"EDITED ON DISK\", \"vcon\"")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try tmux.waitFor("changed on disk")
        try tmux.keys("R")
        try Self.waitLong(tmux, "reloaded from disk")
        _ = try tmux.waitFor("EDITED ON DISK")
        // A reload that opens nothing keeps what is shown.
        #expect(truncate(path, 0) == 0)
        _ = try tmux.waitFor("truncated to 0 bytes")
        try tmux.keys("R")
        _ = try tmux.waitFor("reload failed")
        _ = try tmux.waitFor("EDITED ON DISK")
        try Self.quit(tmux)
    }

    /// A member of a directory that was opened after the first screen (which opens 100) is watched once it is on
    /// screen: only the members opened before the first frame were, so a change to the others went unnoticed.
    @Test(.enabled(if: ready, "needs tmux and the built binary"))
    func memberOpenedAfterTheFirstScreenIsWatchedWhenShown() throws {
        let dir = NSTemporaryDirectory() + "changed-on-disk-tree-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for index in 0..<150 {
            let json =
                #"{"vcon":"0.4.0","uuid":"0190a1b2-0000-8000-8000-"# + String(format: "%012d", index)
                + #"","created_at":"2026-01-01T00:00:00Z","subject":"Tree call "# + String(index) + #"","parties":[{"tel":"+15550100"}]}"#
            try json.write(toFile: dir + String(format: "/m%03d.vcon", index), atomically: false, encoding: .utf8)
        }
        let tmux = try TerminalTests.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: dir)
        defer { tmux.kill() }
        try Self.waitLong(tmux, "vCons (150)")
        try tmux.keys("G", "Enter")
        try Self.waitLong(tmux, "Tree call 149")
        #expect(truncate(dir + "/m149.vcon", 0) == 0)
        try Self.waitLong(tmux, "changed on disk (R reloads): m149.vcon truncated to 0 bytes")
        try Self.quit(tmux)
    }

    @Test(.enabled(if: TerminalTests.tmuxPath != nil && CLIRunner.binary != nil, "needs tmux and the built binary"))
    func truncatedMappedFileDoesNotKillTheBrowser() throws {
        // Above ByteBuffer.mappingThreshold (64 MiB) the file is mapped: truncating it used to raise SIGBUS.
        let dir = NSTemporaryDirectory() + "changed-on-disk-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/big.vcon"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let body = String(repeating: "QUJD", count: (66 << 20) / 4)
        let json =
            #"{"vcon":"0.4.0","uuid":"0190a1b2-0000-8000-8000-000000000014","subject":"big mapped file","#
            + #""parties":[{"name":"Alice"}],"attachments":[{"purpose":"blob","encoding":"base64url","body":""#
            + body + #""}]}"#
        try json.write(toFile: path, atomically: false, encoding: .utf8)
        let tmux = try TerminalTests.start("LANG=C.UTF-8 LC_ALL=C.UTF-8", file: path)
        defer { tmux.kill() }
        try Self.waitLong(tmux, "big mapped file")
        #expect(truncate(path, 0) == 0)
        try tmux.keys("5", "Enter", "8", "NPage", "j", "j", "j")
        try Self.waitLong(tmux, "changed on disk (R reloads): big.vcon truncated to 0 bytes")
        try Self.quit(tmux)
    }
}
