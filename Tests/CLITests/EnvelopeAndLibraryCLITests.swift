import Foundation
import TestSupport
import Testing

/// `verify`, `tree` and `bundle` end to end: the built binary's output and exit status.
@Suite(.serialized) struct EnvelopeAndLibraryCLITests {
    static let certs = Corpus.path("certs/py-vcon-fake")

    @Test(.corpus) func verifySpecExampleIsUntrustedForTheV1Intermediate() throws {
        let file = Corpus.path("spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec_signed.vcon")
        let result = try CLIRunner.run(["verify", "--trust", "\(Self.certs)/fake_ca_root.crt", file])
        #expect(result.status == 3)
        #expect(result.stdout.contains("signature valid; chain signatures valid; chain rejected by X.509 path validation: v1 intermediate"))
        let json = try CLIRunner.run(["verify", "--json", file])
        #expect(json.status == 3)
        #expect(json.stdout.contains(#""verdict": "untrusted""#))
    }

    @Test(.corpus) func verifyEncryptedNeedsTheKey() throws {
        let file = Corpus.path("python-vcon-generated/pyvcon_encrypted.vcon.json")
        let locked = try CLIRunner.run(["verify", file])
        #expect(locked.status == 3)
        #expect(locked.stdout.contains("encrypted"))
        let opened = try CLIRunner.run(["verify", "--key", "\(Self.certs)/fake_grp.key", file])
        #expect(opened.stdout.contains("layer 1 jwe  decrypted"))
        #expect(opened.status == 3)
    }

    @Test(.corpus) func showSummarisesTheEnvelopeAndOpensWithAKey() throws {
        let file = Corpus.path("python-vcon-generated/pyvcon_encrypted.vcon.json")
        let locked = try CLIRunner.run(["show", file])
        #expect(locked.status == 0)
        #expect(locked.stdout.contains("security    🔒 Encrypted"))
        #expect(!locked.stdout.contains("parties ("))
        let opened = try CLIRunner.run(["show", "--key", "\(Self.certs)/fake_grp.key", file])
        #expect(opened.stdout.contains("layers      jwe decrypted → jws untrusted → vcon plain"))
        #expect(opened.stdout.contains("subject     python-vcon signed example"))
        let json = try CLIRunner.run(["show", "--json", "--key", "\(Self.certs)/fake_grp.key", file])
        #expect(json.stdout.contains(#""badge": "[s?]""#))
    }

    @Test(.corpus) func verifyUnsignedExitsZeroAndBadOptionsExitTwo() throws {
        let unsigned = try CLIRunner.run(["verify", Corpus.path("python-vcon-generated/pyvcon_group_parent.vcon.json")])
        #expect(unsigned.status == 0)
        let missing = try CLIRunner.run(["verify", "/nonexistent/x.vcon"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/x.vcon: No such file"), "\(missing.stderr)")
    }

    @Test(.corpus) func aStirReportWeCannotConfirmIsNotCalledAgreement() throws {
        let result = try CLIRunner.run(["verify", Corpus.path("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("PASSporT unreadable"))
        #expect(result.stdout.contains(#"it says "verified", which cannot be confirmed here"#))
    }

    @Test(.corpus) func treeShowsGroupsAndDecryptedLayers() throws {
        let result = try CLIRunner.run(["tree", "--ascii", "--key", "\(Self.certs)/fake_grp.key", Corpus.path("python-vcon-generated")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("|- group -> 01a1fd07-c8c4-8011-8caa-f24ab1a0c334  here  [-]"))
        #expect(result.stdout.contains("`- redacted -> 01a1fd07-c8c4-8f80-8caa-f24ab1a0c334  here  [-]"))
        // One node per vCon (issue 12.4): the encrypted file the key opens is itself "here", with its subject.
        #expect(
            result.stdout.contains(
                #"here  [s?]  "# + Corpus.path("python-vcon-generated/pyvcon_encrypted.vcon.json") + #"  "python-vcon signed example""#))
        #expect(!result.stdout.contains("(decrypted)"))
        #expect(!result.stdout.contains("duplicate-uuid"))
        let json = try CLIRunner.run(["tree", "--json", Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")])
        #expect(json.stdout.contains(#""kind": "group""#))
        #expect(json.stdout.contains(#""status": "here""#))
    }

    @Test func treeOfNothingReadableExitsTwo() throws {
        let result = try CLIRunner.run(["tree", "/nonexistent/dir"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test(.corpus) func bundleListVerifyAndCreateRoundTrip() throws {
        let bundle = Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")
        let list = try CLIRunner.run(["bundle", "list", bundle])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 8)
        let verify = try CLIRunner.run(["bundle", "verify", bundle])
        #expect(verify.status == 0)
        let nodownload = try CLIRunner.run(["bundle", "verify", Corpus.path("vcon-zip-generated/vcon_zip_fixtures_nodownload.vconz")])
        #expect(nodownload.status == 1)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).vconz").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let inputs = ["python-vcon-generated/pyvcon_group_parent.vcon.json", "python-vcon-generated/pyvcon_group_child1.vcon.json"]
        let create = try CLIRunner.run(["bundle", "create", out] + inputs.map(Corpus.path))
        #expect(create.status == 0, "\(create.stderr)")
        let again = try CLIRunner.run(["bundle", "create", out] + inputs.map(Corpus.path))
        #expect(again.status != 0)
        let tree = try CLIRunner.run(["tree", "--ascii", out])
        #expect(tree.stdout.contains("group -> 01a1fd07-c8c4-8011-8caa-f24ab1a0c334  here"))
        #expect(tree.stdout.contains("group -> 01a1fd07-c8c4-821b-8caa-f24ab1a0c334  missing"))
    }

    @Test func demoOpensInBatchModeAndOnTerminalsWithoutFiles() throws {
        let list = try CLIRunner.run(["--demo", "--keys", "", "--size", "120x30", "--dump", "text"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("vcon-browser · 23 vCons"))
        #expect(list.stdout.contains("[S!]  Signed, then edited"))
        let opened = try CLIRunner.run(["--demo", "--keys", "jj<Enter>", "--size", "100x30", "--dump", "text"])
        #expect(opened.stdout.contains("Subject     SIP call with STIR/SHAKEN"))
        let conflicting = try CLIRunner.run(["--demo", "x.vcon", "--keys", ""])
        #expect(conflicting.status != 0)
    }
}
