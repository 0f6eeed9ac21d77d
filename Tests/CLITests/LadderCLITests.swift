import Foundation
import TestSupport
import Testing

/// `vcon-browser ladder` end to end: the built binary, its output and exit status.
@Suite struct LadderCLITests {
    static let fullTrace = Corpus.path("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json")
    static let minimal = Corpus.path("sip-signaling-draft/minimal_sip_call.vcon.json")

    @Test(.corpus) func ladderOfTheDraftExampleAtAGivenWidth() throws {
        let result = try CLIRunner.run(["ladder", "--width", "80", Self.fullTrace])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "dialog 0 · a84b4c76e66710@pc33.example.com")
        #expect(lines.contains("   14:30:00.001   0               │── INVITE (SDP) ──▶│"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test(.corpus) func notATerminalMeansOneHundredColumns() throws {
        // CLIRunner sets COLUMNS=80, but standard output is a pipe: the default is 100.
        let result = try CLIRunner.run(["ladder", "--ascii", Self.fullTrace])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(result.stdout.contains("|-- INVITE (SDP) -->|"))
        let narrow = try CLIRunner.run(["ladder", "--width", "34", Self.fullTrace])
        #expect(narrow.stdout.contains("   14:30:00.001   0→1 INVITE (SDP)\n"))  // the list fallback
    }

    @Test(.corpus) func timeZoneAndDialogSelection() throws {
        let result = try CLIRunner.run(["ladder", "--tz=-05:00", "--dialog", "0", Self.fullTrace])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2026-01-15 -05:00"))
        #expect(result.stdout.contains("09:30:00.001"))
        let missing = try CLIRunner.run(["ladder", "--dialog", "4", Self.fullTrace])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("dialog 4 does not exist (1 dialog)"))
        let badZone = try CLIRunner.run(["ladder", "--tz", "mars", Self.fullTrace])
        #expect(badZone.status != 0 && badZone.stderr.contains("--tz expects"))
    }

    @Test(.corpus) func jsonIsTheLayout() throws {
        let result = try CLIRunner.run(["ladder", "--json", Self.fullTrace])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let messages = object?["messages"] as? [[String: Any]]
        #expect(messages?.count == 7)
        #expect(messages?.first?["label"] as? String == "INVITE (SDP)")
        #expect((object?["lanes"] as? [Any])?.count == 2)
    }

    @Test(.corpus) func warningsAreExplainedUnderTheLadder() throws {
        let result = try CLIRunner.run(["ladder", "--width", "100", Self.minimal])
        #expect(result.status == 0)
        #expect(result.stdout.contains("│── INVITE? ⚠ ──▶│"))
        #expect(result.stdout.contains("⚠ 14:30:05.200 200 OK: missing Via, From, To, Call-ID, CSeq"))
    }

    @Test func noSignalingUnreadableAndHostileText() throws {
        let plain = try CLIRunner.fixture(
            "plain.vcon",
            """
            {"vcon": "0.0.2", "uuid": "018d0000-0000-8000-8000-000000000001", "created_at": "2026-01-15T14:29:00Z",
             "parties": [{"name": "Alice"}], "dialog": [], "attachments": []}
            """)
        let none = try CLIRunner.run(["ladder", plain])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no SIP signaling"))
        let missing = try CLIRunner.run(["ladder", "/nonexistent/file.vcon"])
        #expect(missing.status == 2)
        let notJSON = try CLIRunner.run(["ladder", try CLIRunner.fixture("x.vcon", "not json")])
        #expect(notJSON.status == 2)
        let hostile = try CLIRunner.fixture(
            "hostile.vcon",
            """
            {"vcon": "0.0.2", "uuid": "018d0000-0000-8000-8000-000000000002", "created_at": "2026-01-15T14:29:00Z",
             "parties": [{"name": "Eve\\u001b[2J\\u202e"}, {"name": "Bob"}],
             "dialog": [{"type": "recording", "start": "2026-01-15T14:30:00Z", "parties": [0, 1]}],
             "attachments": [{"purpose": "sip-message-trace", "dialog": 0, "encoding": "json", "body":
               {"messages": [{"timestamp": "2026-01-15T14:30:00Z", "party": 0, "method": "INVITE\\u0007\\u001b]0;x"}]}}]}
            """)
        let text = try CLIRunner.run(["ladder", hostile])
        #expect(text.status == 0)
        #expect(!text.stdout.contains("\u{1B}") && !text.stdout.contains("\u{7}") && !text.stdout.contains("\u{202E}"))
        #expect(text.stdout.contains("\\u001b"))
    }

    @Test(.corpus) func gzipFilesOpenThroughTheLoader() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fullTrace))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-ladder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let plain = directory.appendingPathComponent("call.vcon.json")
        try data.write(to: plain)
        // Compressed in process (zlib through VConBundle would be a dependency; gzip -k via system() is enough).
        try #require(system("gzip -k '\(plain.path)'") == 0)
        let result = try CLIRunner.run(["ladder", "--width", "80", plain.path + ".gz"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("── INVITE (SDP) ──▶"))
    }
}
