import Foundation
import TestSupport
import Testing

/// The committed screenshots are real: each `Screenshots/NAME.txt` must still be exactly what the browser
/// draws for its scenario in `Screenshots/scenarios.txt` (regenerate with `bash Screenshots/make.sh`).
@Suite(.serialized) struct ScreenshotTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var size: String
        var flags: [String]
        var keys: String
        var testDescription: String { name }
    }

    static let directory = PackagePaths.url("Screenshots")

    static var scenarios: [Scenario] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("scenarios.txt"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 4, !fields[0].isEmpty, !fields[0].hasPrefix("#") else { return nil }
            return Scenario(name: fields[0], size: fields[1], flags: fields[2].split(separator: " ").map(String.init), keys: fields[3])
        }
    }

    @Test func everyScenarioHasItsThreeFiles() {
        #expect(Self.scenarios.count >= 9)
        for scenario in Self.scenarios {
            for suffix in ["txt", "ans", "png"] {
                let path = Self.directory.appendingPathComponent("\(scenario.name).\(suffix)").path
                #expect(FileManager.default.fileExists(atPath: path), "missing \(path): run bash Screenshots/make.sh")
            }
        }
    }

    @Test(arguments: scenarios)
    func committedTextMatchesWhatTheBrowserDraws(scenario: Scenario) throws {
        let expected = try String(contentsOf: Self.directory.appendingPathComponent("\(scenario.name).txt"), encoding: .utf8)
        let result = try CLIRunner.run(["--demo"] + scenario.flags + ["--keys", scenario.keys, "--size", scenario.size, "--dump", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected, "Screenshots/\(scenario.name).txt is stale: run bash Screenshots/make.sh")
    }
}
