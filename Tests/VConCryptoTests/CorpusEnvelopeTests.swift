import Foundation
import TestSupport
import Testing
import VConModel

/// Every signed and encrypted corpus file, with the verdicts the corpus README's matrix implies
/// (trust anchor fake_ca_root.crt; key fake_grp.key where encrypted).
@Suite(.corpus) struct CorpusEnvelopeTests {
    static let specSets = [
        "draft-petrie-vcon-00_01", "draft-petrie-vcon-02_04__container-00", "draft-ietf-vcon-vcon-container-01",
        "draft-ietf-vcon-vcon-container-02_03__core-00", "draft-ietf-vcon-vcon-core-01_02", "draft-ietf-vcon-vcon-core-03__main",
    ]
    static let v1Reason = "signature valid; chain signatures valid; chain rejected by X.509 path validation: v1 intermediate"

    static func trusted(_ file: String, keys: [String] = []) throws -> EnvelopeResult {
        try CryptoFixtures.unwrap(Corpus.path(file), trust: [CryptoFixtures.pki("fake_ca_root.crt")], keys: keys)
    }

    @Test(arguments: specSets.flatMap { ["\($0)/ab_call_ext_rec_signed.vcon", "\($0)/ab_call_ext_rec_decrypted.vcon"] })
    func specSignedExamplesReadAsV1ChainRejected(_ file: String) throws {
        let result = try Self.trusted("spec-examples/" + file)
        #expect(CryptoFixtures.summary(result) == "jws:untrusted vcon:plain")
        #expect(result.verdict == .untrusted)
        #expect(result.layers[0].reason.hasPrefix(Self.v1Reason))
        #expect(result.layers[0].reason.contains("OpenSSL: invalid CA certificate at depth 1, CN=div.fakevcon.io"))
        // Header uuid exists from container-01 on.
        let hasUUID = !file.hasPrefix("draft-petrie")
        #expect(result.layers[0].notes.contains { $0.message.contains("matches the vCon's uuid") } == hasUUID)
        let chain = try #require(result.layers[0].signatures[0].chain)
        #expect(chain.certificates.map(\.version) == [1, 1, 3])
        #expect(chain.allLinkSignaturesValid)
        #expect(result.innerDocument?.root["parties"] != nil)
    }

    @Test(arguments: specSets)
    func specEncryptedExamplesDecryptThenVerify(_ set: String) throws {
        let file = "spec-examples/\(set)/ab_call_ext_rec_encrypted.vcon"
        let result = try Self.trusted(file, keys: [CryptoFixtures.pki("fake_grp.key")])
        #expect(CryptoFixtures.summary(result) == "jwe:decrypted jws:untrusted vcon:plain")
        #expect(result.layers[0].reason == "decrypted with fake_grp.key (RSA-OAEP, A256CBC-HS512)")
        #expect(result.layers[1].reason.hasPrefix(Self.v1Reason))
        if set.hasPrefix("draft-petrie") {
            #expect(result.layers[0].form == "General JSON (legacy cyphertext)")
        }
    }

    @Test(arguments: specSets)
    func encryptedWithoutKeyStaysEncrypted(_ set: String) throws {
        let result = try Self.trusted("spec-examples/\(set)/ab_call_ext_rec_encrypted.vcon")
        #expect(CryptoFixtures.summary(result) == "jwe:encrypted")
        #expect(result.verdict == .encrypted)
        #expect(result.verdict.exitStatus == 3)
        #expect(result.layers[0].reason.contains("no RSA private key supplied"))
        #expect(result.innerBytes == nil)
    }

    @Test func wrongKeyIsSaidPlainly() throws {
        let result = try Self.trusted(
            "python-vcon-generated/pyvcon_encrypted.vcon.json", keys: [CryptoFixtures.pki("fake_div.key")])
        #expect(CryptoFixtures.summary(result) == "jwe:encrypted")
        #expect(
            result.layers[0].reason.hasPrefix("wrong key: none of the 1 supplied key(s) unwraps the content key (RSA-OAEP: fake_div.key:"))
    }

    @Test(arguments: [
        "python-vcon-generated/pyvcon_signed.vcon.json", "python-vcon-generated/pyvcon_amended_v1_signed.vcon.json",
        "python-vcon-generated/pyvcon_amended_v3_signed.vcon.json", "edge-cases/signed_rfc7515_strict_headers.vcon.json",
        "vcon-zip-generated/inputs/pyvcon_signed.flattened-jws.vcon.json",
    ])
    func signedFilesAreV1ChainRejected(_ file: String) throws {
        let result = try Self.trusted(file)
        #expect(CryptoFixtures.summary(result) == "jws:untrusted vcon:plain")
        #expect(result.layers[0].reason.hasPrefix(Self.v1Reason))
    }

    @Test(arguments: [
        "python-vcon-generated/pyvcon_encrypted.vcon.json",
        "python-vcon-generated/pyvcon_redaction_original_signed_encrypted.vcon.json",
        "edge-cases/encrypted_rfc7516_strict_headers.vcon.json",
        "vcon-zip-generated/inputs/pyvcon_encrypted.flattened-jwe.vcon.json",
    ])
    func encryptedFilesDecryptAndVerify(_ file: String) throws {
        let result = try Self.trusted(file, keys: [CryptoFixtures.pki("fake_grp.key")])
        #expect(CryptoFixtures.summary(result) == "jwe:decrypted jws:untrusted vcon:plain")
        #expect(result.layers[1].reason.hasPrefix(Self.v1Reason))
    }

    @Test func gzipPayloadIsALayer() throws {
        let result = try Self.trusted("edge-cases/signed_gzip_payload.vcon.json")
        #expect(CryptoFixtures.summary(result) == "jws:untrusted gzip:plain vcon:plain")
    }

    @Test func gzipFileIsALayer() throws {
        let result = try Self.trusted("edge-cases/ab_call_ext_rec.gzip.vcon")
        #expect(CryptoFixtures.summary(result) == "gzip:plain vcon:unsigned")
        #expect(result.verdict == .unsigned)
        #expect(result.verdict.exitStatus == 0)
    }

    @Test func twoSignaturesGetAVerdictEach() throws {
        let result = try Self.trusted("edge-cases/signed_two_signatures.vcon.json")
        let signatures = result.layers[0].signatures
        #expect(signatures.count == 2)
        #expect(signatures.allSatisfy { $0.reason.hasPrefix("signature valid") })
        #expect(result.layers[0].reason.hasPrefix("2 signatures: #1 "))
    }

    @Test func nestedArchiveOuterSignerIsTrusted() throws {
        // The outer signer is fake_div itself (a v1 leaf is fine as a leaf): trusted. The inner is grp, under v1 div.
        let result = try Self.trusted("edge-cases/signed_nested_archive_resign.vcon.json")
        #expect(CryptoFixtures.summary(result) == "jws:verified jws:untrusted vcon:plain")
        #expect(result.layers[0].reason == "signature valid; chain trusted (anchor CN=fakevcon.io)")
        #expect(result.verdict == .untrusted)
    }

    @Test func x5uIsNeverFetched() throws {
        let result = try Self.trusted("edge-cases/signed_x5u.vcon.json")
        #expect(result.layers[0].verdict == .untrusted)
        #expect(result.layers[0].reason == "cannot check: x5u not fetched (offline): https://certs.example.com/fake_grp_chain.pem")
    }

    @Test func x5uWithALocalCopyIsChecked() throws {
        let result = try CryptoFixtures.unwrap(
            Corpus.path("edge-cases/signed_x5u.vcon.json"), trust: [CryptoFixtures.pki("fake_ca_root.crt")],
            x5u: ["https://certs.example.com/fake_grp_chain.pem": Corpus.path("edge-cases/signed_x5u.fake_grp_chain.pem")])
        #expect(result.layers[0].reason.hasPrefix(Self.v1Reason))
        #expect(result.layers[0].signatures[0].chain?.source.hasPrefix("x5u https://certs.example.com/fake_grp_chain.pem") == true)
    }

    @Test func sameSubjectOtherRootNeverValidates() throws {
        for file in [
            "edge-cases/signed_nested_archive_resign.vcon.json",
            "spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_signed.vcon",
        ] {
            let result = try CryptoFixtures.unwrap(Corpus.path(file), trust: [CryptoFixtures.pki("fake_ca2_root.crt")])
            #expect(result.layers[0].verdict == .untrusted, "\(file)")
            #expect(!result.layers[0].reason.contains("chain trusted"))
        }
    }

    @Test func noAnchorsMeansNotChecked() throws {
        let result = try CryptoFixtures.unwrap(Corpus.path("edge-cases/signed_rfc7515_strict_headers.vcon.json"))
        #expect(result.layers[0].verdict == .untrusted)
        #expect(result.layers[0].reason.hasPrefix("signature valid, chain not checked against any trust anchor"))
    }

    @Test(arguments: [
        ("vcon-lib-generated/vconlib_signed.vcon.json", "vcon-lib-generated/vconlib_signed.vcon.json.public-key.pem"),
        (
            "vcon-lib-generated/v0.3.10/vconlib0310_signed.vcon.json",
            "vcon-lib-generated/v0.3.10/vconlib0310_signed.vcon.json.public-key.pem"
        ),
    ])
    func vconLibHybridVerifiesWithPinnedKey(_ file: String, _ key: String) throws {
        let result = try CryptoFixtures.unwrap(Corpus.path(file), keys: [Corpus.path(key)])
        #expect(CryptoFixtures.summary(result) == "jws:verified vcon:plain")
        #expect(result.layers[0].form == "General JSON with an unsigned copy (vcon-lib hybrid)")
        #expect(result.layers[0].reason.hasPrefix("signature valid; signed by the public key you supplied"))
        #expect(result.layers[0].notes.contains { $0.message == "the unsigned copy beside the payload matches the signed payload" })
    }

    @Test func hybridWithoutKeyCannotBeChecked() throws {
        let result = try CryptoFixtures.unwrap(Corpus.path("vcon-lib-generated/vconlib_signed.vcon.json"))
        #expect(result.layers[0].verdict == .untrusted)
        #expect(result.layers[0].reason.hasPrefix("cannot check: the header names no key"))
    }

    @Test func unsignedAndMalformedFiles() throws {
        let unsigned = try CryptoFixtures.unwrap(Corpus.path("vcon-lib-generated/vconlib_amended.vcon.json"))
        #expect(CryptoFixtures.summary(unsigned) == "vcon:unsigned")
        let malformed = try CryptoFixtures.unwrap(
            Corpus.path("spec-examples/draft-ietf-vcon-vcon-container-01/simple-vcon.vcon"))
        #expect(CryptoFixtures.summary(malformed) == "vcon:unreadable")
        #expect(malformed.verdict.exitStatus == 2)
        #expect(malformed.layers[0].reason.hasPrefix("not JSON: "))
    }
}
