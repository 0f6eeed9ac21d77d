import Foundation
import Testing

/// Issue 12.6a and 12.15: one rule for "is this a vCon" and one exit-status table for every command. The same
/// inputs through every command of the real executable get the same status, one line on standard error and
/// never the usage.
@Suite struct ExitStatusTableTests {
    /// A JSON Schema snippet: JSON, not a vCon.
    static let schema = """
        {"type": "object", "properties": {"uuid": {"type": "string"}, "parties": {"type": "array"}}, "required": ["uuid"]}
        """
    /// A lone dialog object whose `parties` is an array (of indices): not a vCon.
    static let dialog = """
        {"type": "recording", "start": "2026-01-15T14:30:00Z", "parties": [0, 1], "duration": 5,
         "mediatype": "audio/x-wav", "url": "https://example.com/a.wav"}
        """

    static let commands: [[String]] = [
        ["show"], ["validate"], ["verify"], ["tree"], ["ladder"], ["list"], ["--keys", "q", "--dump", "text"], [],
    ]

    /// (input name, contents or nil for a path that does not exist, expected status)
    static let inputs: [(String, String?, Int32)] = [
        ("schema.json", schema, 1), ("dialog.json", dialog, 1), ("missing.json", nil, 2), ("empty.json", "", 2),
        ("notjson.json", "this is not JSON {", 2),
    ]

    @Test(arguments: commands)
    func everyCommandGivesTheTablesStatus(command: [String]) throws {
        var seen: [String] = []
        for (name, text, expected) in Self.inputs {
            let path: String
            if let text {
                path = try CLIRunner.fixture(name, text)
            } else {
                path = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-absent-\(UUID().uuidString).json").path
            }
            let result = try CLIRunner.run(command + [path])
            seen.append("\(name): \(result.status)")
            #expect(result.status == expected, "\(command) \(name): \(result.status)\n\(result.stderr)\(result.stdout)")
            #expect(!result.stderr.lowercased().contains("usage"), "\(command) \(name):\n\(result.stderr)")
            #expect(!result.stdout.contains("unsigned"), "\(command) \(name): not a vCon, never \"unsigned\"\n\(result.stdout)")
            // validate reports as findings and list as rows (their output formats); the others in one line.
            if command.first != "validate", command.first != "list" {
                let lines = result.stderr.split(separator: "\n")
                #expect(lines.count == 1, "\(command) \(name): one line on stderr, got\n\(result.stderr)")
            }
        }
    }

    @Test func theDialogFragmentIsNotReadAsAVCon() throws {
        let path = try CLIRunner.fixture("dialog.json", Self.dialog)
        let result = try CLIRunner.run(["show", path])
        #expect(result.stderr.contains("not a vCon"), "\(result.stderr)")
        #expect(!result.stdout.contains("(not an object)"), "\(result.stdout)")
    }

    @Test func helpShowsTheBrowserFirstAndTheTable() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        let text = result.stdout
        for needle in ["--demo", "--dump-keys", "Keys:", "Exit status (every command)", "64 usage"] {
            #expect(text.contains(needle), "\(needle):\n\(text)")
        }
        let usage = try #require(text.range(of: "USAGE:"))
        let subcommands = try #require(text.range(of: "SUBCOMMANDS:"))
        #expect(usage.lowerBound < subcommands.lowerBound)
        #expect(text[usage.upperBound...].hasPrefix(" vcon-browser [FILE|DIR"), "\(text)")
    }

    @Test func versionIsPrinted() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    @Test func aBadOptionIsStillAUsageError() throws {
        let result = try CLIRunner.run(["show", "--no-such-option", "x.json"])
        #expect(result.status == 64)
    }
}
