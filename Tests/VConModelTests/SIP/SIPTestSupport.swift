import Foundation
import Testing
@testable import VConModel

/// Fixtures for the SIP tests: the shared corpus, inline vCon JSON, and golden comparison.
enum SIPFixtures {
    /// The package root, found by walking up from this file until `Package.swift`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    /// A corpus file's bytes (`../shared/corpus/<path>`).
    static func corpusBytes(_ path: String) throws -> [UInt8] {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/" + path)
        return Array(try Data(contentsOf: url))
    }

    /// A vCon from the corpus.
    static func corpusVCon(_ path: String) throws -> VCon {
        VCon(json: try JSONDocument.parse(bytes: corpusBytes(path)).root)
    }

    /// A vCon from inline JSON text.
    static func vcon(_ json: String) throws -> VCon {
        VCon(json: try JSONDocument.parse(string: json).root)
    }

    /// The ladder dump of one dialog of a vCon.
    static func dump(_ vcon: VCon, dialog: Int? = 0) -> String {
        LadderLayout(LadderSources.input(from: vcon, dialog: dialog)).dump()
    }
}

/// Compares a golden text; on mismatch the failure shows the whole actual text, ready to paste.
func expectGolden(_ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let want = expected.hasSuffix("\n") ? expected : expected + "\n"
    #expect(actual == want, "golden differs; actual:\n\(actual)", sourceLocation: sourceLocation)
}
