import Foundation
import TestSupport
import Testing

/// `o` through the real executable in tmux (issue 15): `VCON_OPENER` names a script that records its argument,
/// the bytes, the modes of the copy and its folder while the browser waits; the screen comes back. Over SSH the
/// browser refuses and starts nothing. Needs no corpus: the vCon is written by the test.
@Suite(.serialized) struct OpenWithTerminalTests {
    static var ready: Bool { TerminalTests.tmuxPath != nil && CLIRunner.binary != nil }
    /// The attachment's decoded bytes: a gzip header and binary, handed over as stored (never gunzipped).
    static let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0x00, 0x0A, 0x80, 0x41, 0x42]

    /// A folder with the vCon (one base64url attachment), the opener script and a folder for its records.
    struct Setup {
        let folder: String
        var input: String { folder + "/inputs/call.vcon.json" }
        var opener: String { folder + "/bin/record-opener" }
        var records: String { folder + "/records" }
        var temporary: String { folder + "/tmp" }

        init() throws {
            folder = NSTemporaryDirectory() + "open-with-\(getpid())-\(UUID().uuidString.prefix(6))"
            for sub in ["inputs", "bin", "records", "tmp"] {
                try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
            }
            let body = Data(OpenWithTerminalTests.bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            let vcon = """
                {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
                 "subject": "open with", "parties": [{"name": "Alice"}],
                 "attachments": [{"purpose": "notes", "party": 0, "start": "2024-01-15T10:00:00Z",
                   "mediatype": "application/gzip", "filename": "notes.txt.gz", "encoding": "base64url", "body": "\(body)"}]}
                """
            try Data(vcon.utf8).write(to: URL(fileURLWithPath: input))
            let script = """
                #!/bin/sh
                printf '%s' "$1" > '\(records)/argument'
                cat "$1" > '\(records)/bytes'
                stat -c %a "$1" > '\(records)/mode'
                stat -c %a "$(dirname "$1")" > '\(records)/folder-mode'
                printf 'OPENER-RAN %s\\n' "$#"
                sleep 0.3
                """
            try Data(script.utf8).write(to: URL(fileURLWithPath: opener))
            chmod(opener, 0o755)
        }

        func record(_ name: String) -> String? { try? String(contentsOfFile: records + "/" + name, encoding: .utf8) }
    }

    @Test(.enabled(if: ready, "needs tmux and the built binary"))
    func theOpenerGetsAPrivateDecodedCopyAndTheScreenComesBack() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let tmux = try TerminalTests.start(
            "LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR='\(setup.temporary)' VCON_OPENER='\(setup.opener)'", file: setup.input)
        defer { tmux.kill() }
        _ = try tmux.waitFor("open with")
        try tmux.keys("5")
        _ = try tmux.waitFor("notes")
        try tmux.keys("o")
        let screen = try tmux.waitFor("opened notes.txt.gz with")
        #expect(screen.contains("5 Attachments"), "the browser's screen is back:\n\(screen)")
        #expect(!screen.contains("OPENER-RAN"), "the opener's output was painted over")
        let argument = try #require(setup.record("argument"))
        #expect(argument.hasPrefix(setup.temporary + "/vcon-browser-open-"), "the copy is in TMPDIR: \(argument)")
        #expect(argument.hasSuffix("/notes.txt.gz"))
        #expect(!argument.hasPrefix(setup.folder + "/inputs"), "never in the input's folder")
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: setup.records + "/bytes"))) == Self.bytes)
        #expect(setup.record("mode") == "600\n")
        #expect(setup.record("folder-mode") == "700\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder + "/inputs") == ["call.vcon.json"])
        try TerminalTests.quitAndCheckShell(tmux, title: try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"]))
        #expect(!FileManager.default.fileExists(atPath: argument), "the copy is removed on quit")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.temporary).isEmpty)
    }

    @Test(.enabled(if: ready, "needs tmux and the built binary"))
    func overSSHNothingIsStartedAndSaveIsOffered() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let tmux = try TerminalTests.start(
            "LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR='\(setup.temporary)' VCON_OPENER='\(setup.opener)' "
                + "SSH_CONNECTION='10.0.0.1 50000 10.0.0.2 22'", file: setup.input)
        defer { tmux.kill() }
        _ = try tmux.waitFor("open with")
        try tmux.keys("5")
        _ = try tmux.waitFor("notes")
        try tmux.keys("o")
        _ = try tmux.waitFor("over SSH (SSH_CONNECTION is set)")
        #expect(setup.record("argument") == nil, "the opener never ran")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.temporary).isEmpty, "no copy was made")
        try TerminalTests.quitAndCheckShell(tmux, title: try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"]))
    }
}
