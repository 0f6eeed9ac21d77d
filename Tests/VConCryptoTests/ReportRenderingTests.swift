import Foundation
import TestSupport
import Testing
import VConCrypto
import VConModel

@Suite struct ReportRenderingTests {
    @Test(.corpus) func textFormIsOneLinePerLayerThenChainThenHashes() throws {
        let report = try CryptoFixtures.report(
            Corpus.path("spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_encrypted.vcon"),
            trust: [CryptoFixtures.pki("fake_ca_root.crt")], keys: [CryptoFixtures.pki("fake_grp.key")],
            files: Corpus.path("spec-examples/media"))
        let lines = report.renderText().split(separator: "\n").map(String.init)
        #expect(lines[0] == "ab_call_ext_rec_encrypted.vcon: untrusted")
        #expect(lines[1] == "  layer 1 jwe  decrypted: decrypted with fake_grp.key (RSA-OAEP, A256CBC-HS512) [General JSON]")
        #expect(
            lines.contains(
                "  layer 2 jws  untrusted: signature valid; chain signatures valid; chain rejected by X.509 path validation: v1 intermediate (OpenSSL: invalid CA certificate at depth 1, CN=div.fakevcon.io) [General JSON]"
            ))
        #expect(lines.contains("  layer 3 vcon plain: the signed vCon"))
        #expect(lines.contains("chain (layer 2, signature 1, from x5c):"))
        #expect(lines.contains("  0 CN=grp.div.fakevcon.io v1 RSA 2048 no basicConstraints valid 2022-06-04 → 2032-06-01 serial 01"))
        #expect(
            lines.contains(
                "  path validation: rejected: invalid CA certificate at depth 1 (CN=div.fakevcon.io); an X.509 v1 certificate has no basicConstraints, so OpenSSL 3 does not accept it as a CA"
            ))
        let chainLine = try #require(lines.firstIndex(of: "chain (layer 2, signature 1, from x5c):"))
        let hashLine = try #require(lines.firstIndex(of: "content hashes:"))
        #expect(chainLine < hashLine)
    }

    @Test func jsonFormHasTheDocumentedShape() throws {
        let report = try CryptoFixtures.report(
            CryptoFixtures.fixture("jwe/rsa-oaep-a256gcm.json"), trust: [CryptoFixtures.fixture("pki/root.pem")],
            keys: [CryptoFixtures.fixture("pki/recipient.key")])
        let document = try JSONDocument.parse(string: report.renderJSON())
        let root = document.root
        #expect(root.keys == ["file", "verdict", "exit_status", "encrypted_but_not_signed", "layers", "hashes", "stir"])
        #expect(root["verdict"]?.string == "verified")
        #expect(root["exit_status"]?.int == 0)
        let layers = try #require(root["layers"]?.elements)
        #expect(layers.map { $0["kind"]?.string ?? "" } == ["jwe", "jws", "vcon"])
        #expect(layers.map { $0["verdict"]?.string ?? "" } == ["decrypted", "verified", "plain"])
        #expect(layers.allSatisfy { !($0["reason"]?.string ?? "").isEmpty })
        let chain = try #require(layers[1]["signatures"]?[0]?["chain"])
        #expect(chain["path_validation"]?["result"]?.string == "trusted")
        #expect(chain["certificates"]?[0]?["not_after"]?.string == "2044-01-01T00:00:00Z")
    }

    @Test func exitStatusMapping() {
        #expect(FileVerdict.verified.exitStatus == 0)
        #expect(FileVerdict.unsigned.exitStatus == 0)
        #expect(FileVerdict.invalid.exitStatus == 1)
        #expect(FileVerdict.unreadable.exitStatus == 2)
        #expect(FileVerdict.untrusted.exitStatus == 3)
        #expect(FileVerdict.encrypted.exitStatus == 3)
        #expect(FileVerdict.of([.decrypted, .verified, .plain]) == .verified)
        #expect(FileVerdict.of([.verified, .untrusted, .plain]) == .untrusted)
        #expect(FileVerdict.of([.plain, .unsigned]) == .unsigned)
        #expect(FileVerdict.of([.verified, .invalid, .plain]) == .invalid)
    }

    @Test func terminalControlsInHeadersAreEscaped() throws {
        // A protected header whose kid carries ESC and a bidi override must never reach the terminal raw.
        let protected = Base64.urlEncode(Array("{\"alg\":\"none\",\"kid\":\"a\\u001b[31mred\\u202e\"}".utf8))
        let payload = Base64.urlEncode(Array("{\"uuid\":\"u\",\"parties\":[]}".utf8))
        let json = "{\"payload\":\"\(payload)\",\"signatures\":[{\"protected\":\"\(protected)\",\"signature\":\"\"}]}"
        let crypto = try OpenSSLJOSE(trustPaths: [], keyPaths: [])
        let context = EnvelopeContext(crypto: crypto, inflater: nil, now: CryptoFixtures.now)
        let report = VerificationReport.make(file: "evil\u{1b}.json", bytes: Array(json.utf8), context: context, filesDirectory: nil)
        let text = report.renderText()
        #expect(!text.unicodeScalars.contains("\u{1b}"))
        #expect(!text.unicodeScalars.contains("\u{202e}"))
        #expect(text.contains("\\u001b[31mred\\u202e"))
        #expect(!report.renderJSON().unicodeScalars.contains("\u{1b}"))
    }
}
