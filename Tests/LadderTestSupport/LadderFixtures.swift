import Foundation
import VConModel

/// Inputs for the SIP and ladder tests: the shared corpus and inline vCon JSON, as vCons or as ladder layouts.
public enum LadderFixtures {
    /// The package root, found by walking up from this file until `Package.swift`.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    /// A corpus file's bytes (`../shared/corpus/<path>`).
    public static func corpusBytes(_ path: String) throws -> [UInt8] {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/" + path)
        return Array(try Data(contentsOf: url))
    }

    /// A vCon from the corpus.
    public static func corpusVCon(_ path: String) throws -> VCon {
        VCon(json: try JSONDocument.parse(bytes: corpusBytes(path)).root)
    }

    /// A vCon from inline JSON text.
    public static func vcon(_ json: String) throws -> VCon {
        VCon(json: try JSONDocument.parse(string: json).root)
    }

    /// The layout of one dialog of inline vCon JSON.
    public static func layout(_ json: String, dialog: Int? = 0) throws -> LadderLayout {
        LadderLayout(LadderSources.input(from: try vcon(json), dialog: dialog))
    }

    /// The layout of one dialog of a corpus file.
    public static func corpusLayout(_ path: String, dialog: Int? = 0) throws -> LadderLayout {
        LadderLayout(LadderSources.input(from: try corpusVCon(path), dialog: dialog))
    }

    /// The ladder dump of one dialog of a vCon.
    public static func dump(_ vcon: VCon, dialog: Int? = 0) -> String {
        LadderLayout(LadderSources.input(from: vcon, dialog: dialog)).dump()
    }
}
