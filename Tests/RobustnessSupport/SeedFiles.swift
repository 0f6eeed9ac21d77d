import Foundation
import TestSupport

/// The seed files of the mutation tests: corpus files of every kind and the demo's vCons, by family.
///
/// Paths are relative to `../shared/corpus` (or to the package for `demo`); the corpus is read in place,
/// never copied. Families keep to small files so a few hundred mutants of each stay within a second or two.
public enum SeedFiles {
    /// Unsigned vCons of every generation (0.0.1, 0.0.2, 0.3.0, 0.4.0, none, "1.0").
    public static let unsignedByGeneration: [String: [String]] = [
        "0.0.1": [
            "spec-examples/draft-ietf-vcon-vcon-container-01/ab_call_ext_rec.vcon",
            "spec-examples/draft-petrie-vcon-00_01/ab_email_acct_prob_thread.vcon",
            "py-vcon/tests__ab_call_ext_rec_0.0.1.vcon",
            "fake-vcons/cd33cf0b-c280-43a7-9c5c-58b96004f773.vcon.json",
            "vcon-js/test-vcons__01__03f94617-0a05-40cd-89a7-69e746fa512a.vcon.json",
        ],
        "0.0.2": [
            "spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec_amended.vcon",
            "spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec_redacted.vcon",
            "python-vcon-generated/pyvcon_group_parent.vcon.json",
            "python-vcon-generated/pyvcon_group_child2.vcon.json",
            "spec-examples/draft-ietf-vcon-vcon-core-01_02/b_email_acct_prob_image.vcon",
        ],
        "0.3.0": [
            "vcon-mcp/04-teams-escalation-review.json",
            "vcon-zip-repo-fixtures/sample_vcon_with_external_refs.json",
        ],
        "0.4.0": [
            "vcon-zip-generated/inputs/vconlib_external_refs.vcon.json",
            "vcon-lib-generated/vconlib_group_parent.vcon.json",
        ],
        "none": [
            "spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_redacted.vcon",
            "spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_email_prob_followup_text_thread.vcon",
            "ietf-meeting-vcons/ietf116_vcon_30330.vcon.json",
            "vcon-server/dataset-sample/05cec3d4-0561-4010-9fb8-23cc7edef146.vcon.json",
            "rvoip/alice_email_curated.vcon",
        ],
        "1.0": ["vscode-vcon-viewer/sample.vcon.json"],
    ]

    /// Every generation's files in one list, generations in a fixed order.
    public static var unsigned: [String] {
        ["0.0.1", "0.0.2", "0.3.0", "0.4.0", "none", "1.0"].flatMap { unsignedByGeneration[$0] ?? [] }
    }

    /// Signed vCons: general and flattened JWS, strict headers, gzip payload, two signatures, nested, x5u, hybrids.
    public static let jws: [String] = [
        "spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_signed.vcon",
        "spec-examples/draft-petrie-vcon-00_01/ab_call_ext_rec_signed.vcon",
        "vcon-zip-generated/inputs/pyvcon_signed.flattened-jws.vcon.json",
        "edge-cases/signed_rfc7515_strict_headers.vcon.json",
        "edge-cases/signed_gzip_payload.vcon.json",
        "edge-cases/signed_two_signatures.vcon.json",
        "edge-cases/signed_nested_archive_resign.vcon.json",
        "edge-cases/signed_x5u.vcon.json",
        "vcon-lib-generated/vconlib_signed.vcon.json",
    ]

    /// Encrypted vCons: general, flattened, legacy `cyphertext`, RFC-strict headers.
    public static let jwe: [String] = [
        "spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_encrypted.vcon",
        "spec-examples/draft-petrie-vcon-00_01/ab_call_ext_rec_encrypted.vcon",
        "vcon-zip-generated/inputs/pyvcon_encrypted.flattened-jwe.vcon.json",
        "edge-cases/encrypted_rfc7516_strict_headers.vcon.json",
    ]

    /// A gzip-compressed vCon.
    public static let gzip: [String] = ["edge-cases/ab_call_ext_rec.gzip.vcon"]

    /// The SIP signaling draft's full vCons.
    public static let sipDraft: [String] = [
        "sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json",
        "sip-signaling-draft/minimal_sip_call.vcon.json",
    ]

    /// vcon-server's intentionally invalid fixtures.
    public static let invalidFixtures: [String] = [
        "vcon-server/invalid_fixtures/bad_dialog_types.json",
        "vcon-server/invalid_fixtures/bad_duration.json",
        "vcon-server/invalid_fixtures/bad_mimetype.json",
        "vcon-server/invalid_fixtures/bad_party_ref.json",
        "vcon-server/invalid_fixtures/bad_url.json",
        "vcon-server/invalid_fixtures/empty_vcon.json",
        "vcon-server/invalid_fixtures/invalid_dialog_url.json",
        "vcon-server/invalid_fixtures/missing_uuid_and_vcon_version.json",
        "vcon-server/invalid_fixtures/null_dialog_string_analysis.json",
        "vcon-server/invalid_fixtures/null_parties.json",
        "vcon-server/invalid_fixtures/out_of_range_party_indices.json",
    ]

    /// The corpus bundles.
    public static let bundles: [String] = [
        "vcon-zip-generated/multi_vcon_bundle.vconz",
        "vcon-zip-generated/vcon_zip_fixtures_nodownload.vconz",
        "edge-cases/spec_general_jws_bundle.vconz",
        "edge-cases/spec_general_jwe_bundle.vconz",
    ]

    /// The demo's vCons (`Tests/Fixtures/Demo/vcons/*.vcon.json`), sorted by name.
    public static var demo: [String] {
        let directory = PackagePaths.url("Tests/Fixtures/Demo/vcons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    /// The demo bundle.
    public static var demoBundle: String { PackagePaths.path("Tests/Fixtures/Demo/demo.vconz") }

    /// The bytes of a corpus path (relative) or an absolute path; empty when unreadable (the test then fails on the count).
    public static func bytes(_ path: String) -> [UInt8] {
        let full = path.hasPrefix("/") ? path : Corpus.path(path)
        return (try? Array(Data(contentsOf: URL(fileURLWithPath: full)))) ?? []
    }
}
