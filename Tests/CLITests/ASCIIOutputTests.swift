import Foundation
import Testing

/// Issue 12.3: in ASCII mode (`--ascii`, or a locale that is not UTF-8) every command that prints text shows
/// every non-ASCII character of a vCon as an escape (`\u9234`), never as raw UTF-8: ladder, tree, show,
/// validate, verify, list and the batch browser.
@Suite struct ASCIIOutputTests {
    static let vcon = """
        {"vcon": "0.4.0", "uuid": "018d0000-0000-8000-8000-0000000000aa", "created_at": "2026-01-15T14:29:00Z",
         "subject": "鈴木さんの電話",
         "parties": [{"name": "鈴木 José", "tel": "+12125551234"}, {"name": "Bob", "tel": "+12125559876"}],
         "dialog": [{"type": "recording", "start": "2026-01-15T14:30:00Z", "parties": [0, 1], "duration": 5,
           "mediatype": "audio/x-wav", "url": "https://example.com/鈴.wav",
           "content_hash": "sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"}],
         "attachments": [{"purpose": "sip-message-trace", "dialog": 0, "mediatype": "application/json", "encoding": "json",
           "bodé": 1,
           "body": {"messages": [
             {"timestamp": "2026-01-15T14:30:00Z", "party": 0, "method": "INVITE",
              "headers": {"Call-ID": "鈴-1", "CSeq": "1 INVITE"}},
             {"timestamp": "2026-01-15T14:30:01Z", "party": 1, "status_code": 200, "status_text": "OK",
              "headers": {"Call-ID": "鈴-1", "CSeq": "1 INVITE"}}]}}]}
        """

    static let cLocale = ["LANG": "C", "LC_ALL": "C"]

    @Test(arguments: [
        (["ladder", "--ascii", "--width", "80"], [String: String]()),
        (["ladder", "--width", "80"], cLocale),
        (["tree", "--ascii"], [:]),
        (["tree"], cLocale),
        (["show", "--ascii"], [:]),
        (["show"], cLocale),
        (["validate", "--ascii"], [:]),
        (["validate"], cLocale),
        (["verify", "--ascii"], [:]),
        (["list", "--ascii"], [:]),
        (["list"], cLocale),
        (["--ascii", "--keys", "2", "--dump", "text"], [:]),
        (["--keys", "2", "--dump", "text"], cLocale),
        (["--ascii", "--keys", "3L", "--dump", "text"], [:]),
        (["--keys", "8", "--dump", "text", "--size", "120x40"], cLocale),
        ([], cLocale),  // not a terminal: the show summary
    ])
    func asciiOutputEscapes(arguments: [String], environment: [String: String]) throws {
        let path = try CLIRunner.fixture("鈴木.vcon.json", Self.vcon)
        let result = try CLIRunner.run(arguments + [path], environment: environment)
        #expect(result.status <= 1, "\(arguments): \(result.stderr)")
        #expect(result.stdout.utf8.allSatisfy { $0 < 0x80 }, "\(arguments):\n\(result.stdout)")
        #expect(result.stdout.contains(#"\u9234"#), "\(arguments):\n\(result.stdout)")
    }

    @Test(arguments: [["show"], ["validate"], ["verify"], ["tree"], ["ladder"], ["list"], []])
    func errorsAreEscapedUnderACLocale(command: [String]) throws {
        let dir = URL(fileURLWithPath: try CLIRunner.fixture("x.json", "{}")).deletingLastPathComponent()
        let missing = dir.appendingPathComponent("鈴木-missing.json").path
        let result = try CLIRunner.run(command + [missing], environment: Self.cLocale)
        #expect(result.status == 2, "\(command): \(result.stderr)")
        #expect(result.stderr.utf8.allSatisfy { $0 < 0x80 }, "\(command):\n\(result.stderr)")
        #expect(result.stderr.contains(#"\u9234"#) || command == ["list"], "\(command):\n\(result.stderr)")
    }

    @Test func aUTF8LocaleWithoutTheFlagKeepsTheText() throws {
        let path = try CLIRunner.fixture("cjk.vcon.json", Self.vcon)
        let result = try CLIRunner.run(["show", path])
        #expect(result.stdout.contains("鈴木 José"), "\(result.stdout)")
    }
}

/// Issue 12.3 for bundles: `bundle list` and `bundle verify` text in ASCII mode.
@Suite struct ASCIIBundleOutputTests {
    @Test func bundleListAndVerifyEscapeInASCIIMode() throws {
        let path = try CLIRunner.fixture("cjk.vcon.json", ASCIIOutputTests.vcon)
        let bundle = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("cjk.vconz").path
        let created = try CLIRunner.run(["bundle", "create", "--allow-missing", bundle, path])
        #expect(created.status == 0, "\(created.stderr)")
        for arguments in [["bundle", "list", "--ascii", bundle], ["bundle", "verify", "--ascii", bundle]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.stdout.utf8.allSatisfy { $0 < 0x80 }, "\(arguments):\n\(result.stdout)")
        }
        let list = try CLIRunner.run(["bundle", "list", bundle], environment: ASCIIOutputTests.cLocale)
        #expect(list.stdout.contains(#"\u9234"#), "\(list.stdout)")
        #expect(list.stdout.utf8.allSatisfy { $0 < 0x80 }, "\(list.stdout)")
    }
}
