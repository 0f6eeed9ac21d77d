import Foundation
import Testing

/// Issue 12.6b: `"vcon": "0.0.3"` (written by one Go library) is shown as an unknown version read as the
/// nearest generation, with a finding, never passed through as a generation.
@Suite struct UnknownVersionCLITests {
    static let vcon = """
        {"vcon": "0.0.3", "uuid": "018d0000-0000-8000-8000-0000000000ab", "created_at": "2026-01-15T14:29:00Z",
         "parties": [{"name": "Alice", "tel": "+12125551234"}], "dialog": [], "analysis": [], "attachments": []}
        """

    @Test func showAndValidateSayWhatItIsReadAs() throws {
        let path = try CLIRunner.fixture("go.vcon.json", Self.vcon)
        let show = try CLIRunner.run(["show", path])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("generation  unknown version 0.0.3, read as 0.0.2"), "\(show.stdout)")
        let json = try CLIRunner.run(["show", "--json", path])
        #expect(json.stdout.contains(#""generation": "0.0.2""#), "\(json.stdout)")
        let validate = try CLIRunner.run(["validate", path])
        #expect(validate.stdout.contains("read as 0.0.2"), "\(validate.stdout)")
        let browser = try CLIRunner.run(["--keys", "1", "--dump", "text", "--size", "120x30", path])
        #expect(browser.stdout.contains("unknown version 0.0.3, read as 0.0.2"), "\(browser.stdout)")
    }
}
