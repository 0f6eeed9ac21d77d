import Foundation
import TestSupport
import VConModel
import VConSIP

/// Inputs for the SIP and ladder tests: the shared corpus and inline vCon JSON, as vCons or as ladder layouts.
public enum LadderFixtures {
    /// A corpus file's bytes (`../shared/corpus/<path>`).
    public static func corpusBytes(_ path: String) throws -> [UInt8] {
        try Corpus.bytes(path)
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
