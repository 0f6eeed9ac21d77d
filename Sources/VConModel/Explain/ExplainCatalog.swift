/// Every explanation the browser's explain key knows, built once from the per-area tables.
///
/// The tables are split by area (`ExplainCatalog+Party.swift`, `+Dialog`, `+SIP`, ...); this file joins them
/// and holds the spelling rows several areas share.
enum ExplainCatalog {
    static let all: [FieldExplanation] =
        topLevel + references + party + dialog + dialogTransfer + dialogHistory
        + attachment + analysis + sipParameters + sipAttachments + envelopeJWS + envelopeJWE + bundle + nonStandard
        + contactCenterFields + wtfTranscription + lawfulBasis

    // MARK: Shared spelling rows

    /// `mimetype` (0.0.1) -> `mediatype` (0.0.2 on).
    static let mediatypeSpellings = [
        GenerationSpelling(from: .v0_0_1, through: .v0_0_1, spelling: "mimetype", drafts: "petrie-00 .. container-01"),
        GenerationSpelling(from: .v0_0_2, through: nil, spelling: "mediatype", drafts: "container-02 .. core-03"),
    ]

    /// `alg` + `signature` (0.0.1) -> `content_hash` (0.0.2 on).
    static let contentHashSpellings = [
        GenerationSpelling(from: .v0_0_1, through: .v0_0_1, spelling: "alg + signature", drafts: "petrie-00 .. container-01"),
        GenerationSpelling(from: .v0_0_2, through: nil, spelling: "content_hash", drafts: "container-02 .. core-03"),
    ]

    /// The legacy pair's own rows: present in 0.0.1, folded into `content_hash` afterwards.
    static func legacyHashPartSpellings(_ name: String) -> [GenerationSpelling] {
        [
            GenerationSpelling(from: .v0_0_1, through: .v0_0_1, spelling: name, drafts: "petrie-00 .. container-01"),
            GenerationSpelling(
                from: .v0_0_2, through: nil, spelling: "content_hash (replaces alg + signature)", drafts: "container-02 .. core-03"),
        ]
    }

    /// A field every generation spells the same way.
    static func always(_ name: String) -> [GenerationSpelling] {
        [GenerationSpelling(from: .v0_0_1, through: nil, spelling: name, drafts: "petrie-00 .. core-03")]
    }

    /// A field that first appears in `generation` (with the drafts that introduced it).
    static func since(_ generation: Generation, _ name: String, drafts: String, before: String = "petrie-00") -> [GenerationSpelling] {
        guard let previous = Self.previous(generation) else {
            return [GenerationSpelling(from: generation, through: nil, spelling: name, drafts: drafts)]
        }
        return [
            GenerationSpelling(from: .v0_0_1, through: previous, spelling: GenerationSpelling.absent, drafts: before),
            GenerationSpelling(from: generation, through: nil, spelling: name, drafts: drafts),
        ]
    }

    private static func previous(_ generation: Generation) -> Generation? {
        switch generation {
        case .v0_0_2: .v0_0_1
        case .v0_3_0: .v0_0_2
        case .v0_4_0: .v0_3_0
        default: nil
        }
    }
}
