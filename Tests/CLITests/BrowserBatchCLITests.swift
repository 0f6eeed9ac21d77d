import Foundation
import Testing

/// The browser's batch mode from the command line (issue 12, items 16 and 19).
@Suite struct BrowserBatchCLITests {
    @Test(.enabled(if: CLIRunner.binary != nil, "needs the built binary"))
    func filesThatCannotBeOpenedAreListedInsideTheBrowser() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-skipped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["a.vcon.json", "b.vcon.json"] {
            try Data(CLITests.small.utf8).write(to: directory.appendingPathComponent(name))
        }
        try Data(#"{"vcon": "0.4.0", "uuid": "#.utf8).write(to: directory.appendingPathComponent("cut.vcon.json"))
        let list = try CLIRunner.run([directory.path, "--keys", "", "--size", "80x24", "--dump", "text"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").first?.contains("2 vCons · 1 file skipped (! says why)") == true)
        #expect(list.stdout.hasSuffix(" q quit\n"))
        let why = try CLIRunner.run([directory.path, "--keys", "!", "--size", "80x24", "--dump", "text"])
        #expect(why.stdout.contains("Files not opened (1)"))
        #expect(why.stdout.contains("cut.vcon.json"))
        let ansi = try CLIRunner.run([directory.path, "--keys", "", "--size", "80x24", "--dump", "ansi"])
        #expect(ansi.stdout.hasSuffix("\n"))
    }
}
