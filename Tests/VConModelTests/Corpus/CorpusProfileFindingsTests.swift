import Foundation
import TestSupport
import Testing

@testable import VConModel

/// Issue 13: every corpus vCon's findings under core-03 and under core-04, side by side in one reviewed golden
/// file (`Tests/Goldens/Corpus/findings-by-profile.txt`), so a rule change shows as a diff per file and profile.
@Suite(.corpus) struct CorpusProfileFindingsTests {
    /// One line per finding: severity, rule, pointer (messages change wording; the golden is about verdicts).
    static func lines(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.severity.rawValue) \($0.rule) \($0.pointer.isEmpty ? "/" : $0.pointer)" }.sorted()
    }

    /// The block of one file: its counts under each profile, the findings both report, then each one's own.
    static func block(path: String, core03: [Finding], core04: [Finding]) -> String {
        let old = lines(core03)
        let new = lines(core04)
        let shared = old.filter { new.contains($0) }
        var text = "\(path)  core-03: \(summary(core03))  core-04: \(summary(core04))\n"
        for line in Set(shared).sorted() { text += "  both     \(line)\n" }
        for line in old where !shared.contains(line) { text += "  core-03  \(line)\n" }
        for line in new where !shared.contains(line) { text += "  core-04  \(line)\n" }
        return text
    }

    static func summary(_ findings: [Finding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        return errors == 0 && warnings == 0 ? "valid" : "\(errors)E \(warnings)W"
    }

    @Test("every corpus vCon: its findings under core-03 and core-04 (golden)")
    func findingsByProfile() throws {
        var text = ""
        var files = 0
        var differing = 0
        for entry in CorpusIndex.entries where entry.kind == nil && entry.gzip != true {
            guard let file = try? FileLoader().load(path: Corpus.path(entry.path)), file.vcon != nil else { continue }
            let core03 = Validator.validate(file, profile: .core03)
            let core04 = Validator.validate(file, profile: .core04)
            files += 1
            if Self.lines(core03) != Self.lines(core04) { differing += 1 }
            text += Self.block(path: entry.path, core03: core03, core04: core04)
        }
        let header = "# \(files) corpus vCons; \(differing) get different findings under core-03 and core-04\n"
        #expect(files > 150, "the corpus's readable vCons were not found")
        expectGoldenFile(header + text, path: "Corpus/findings-by-profile.txt")
    }
}
