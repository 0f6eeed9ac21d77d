import Foundation
import TestSupport
import Testing
import VConModel

/// The generated v3 PKI fixtures: every algorithm and serialization, and the tamper set.
@Suite struct FixtureEnvelopeTests {
    static let x5u = ["https://certs.example.test/chain.pem": CryptoFixtures.fixture("pki/x5u-chain.pem")]

    static func open(_ file: String, trust: String? = "pki/root.pem", keys: [String] = ["pki/recipient.key", "pki/dir-a256gcm.key"]) throws
        -> EnvelopeResult
    {
        try CryptoFixtures.unwrap(
            CryptoFixtures.fixture(file), trust: trust.map { [CryptoFixtures.fixture($0)] } ?? [],
            keys: keys.map(CryptoFixtures.fixture), x5u: x5u)
    }

    static let trustedReason = "signature valid; chain trusted (anchor CN=Test Root CA)"

    @Test(arguments: [
        "rs256", "rs384", "rs512", "ps256", "ps384", "ps512", "es256", "es384", "es512", "eddsa",
    ])
    func everySignatureAlgorithmVerifies(_ alg: String) throws {
        let result = try Self.open("jws/\(alg).json")
        #expect(CryptoFixtures.summary(result) == "jws:verified vcon:plain")
        #expect(result.layers[0].reason == Self.trustedReason)
        #expect(result.verdict == .verified)
        #expect(result.verdict.exitStatus == 0)
        let chain = try #require(result.layers[0].signatures[0].chain)
        #expect(chain.certificates.map(\.version) == [3, 3])
        #expect(chain.allLinkSignaturesValid)
    }

    @Test(arguments: [
        ("jws/flattened-rs256.json", "flattened JSON"), ("jws/compact-es256.jws", "compact"), ("jws/rs256.json", "General JSON"),
    ])
    func everyJWSSerialization(_ file: String, _ form: String) throws {
        let result = try Self.open(file)
        #expect(CryptoFixtures.summary(result) == "jws:verified vcon:plain")
        #expect(result.layers[0].form == form)
    }

    @Test func certificateSummaryIsComplete() throws {
        let result = try Self.open("jws/es384.json")
        let leaf = try #require(result.layers[0].signatures[0].chain?.certificates.first)
        #expect(leaf.subject == "CN=signer-p384.example.test,O=vcon-browser test PKI")
        #expect(leaf.issuer == "CN=Test Intermediate CA,O=vcon-browser test PKI")
        #expect(leaf.keyType == "EC P-384")
        #expect(leaf.keyBits == 384)
        #expect(leaf.isCA == false)
        #expect(leaf.notBefore == Date(timeIntervalSince1970: 1_704_067_200))
        #expect(!leaf.serial.isEmpty)
        let rsa = try #require(try Self.open("jws/rs256.json").layers[0].signatures[0].chain?.certificates.first)
        #expect(rsa.keyType == "RSA")
        #expect(rsa.keyBits == 2048)
    }

    @Test func withoutAnchorsNothingIsTrusted() throws {
        let result = try Self.open("jws/rs256.json", trust: nil)
        #expect(result.verdict == .untrusted)
        #expect(
            result.layers[0].reason
                == "signature valid, chain not checked against any trust anchor; chain signatures valid up to certificate 1 (issuer CN=Test Root CA (not available))"
        )
    }

    @Test func sameSubjectRootDoesNotValidate() throws {
        let result = try Self.open("jws/rs256.json", trust: "pki/root2-same-dn.pem")
        #expect(result.layers[0].verdict == .untrusted)
        #expect(result.layers[0].reason.contains("chain signatures invalid: certificate 1 is not signed by trust anchor CN=Test Root CA"))
        #expect(result.layers[0].reason.contains("chain rejected by X.509 path validation: certificate signature failure"))
    }

    @Test func expiredLeafIsRejected() throws {
        let result = try Self.open("tamper/expired-leaf.json")
        #expect(result.layers[0].verdict == .untrusted)
        #expect(
            result.layers[0].reason
                == "signature valid; chain signatures valid; chain rejected by X.509 path validation: expired (OpenSSL: certificate has expired at depth 0, CN=expired.example.test)"
        )
    }

    static let mismatch = "invalid signature: signature does not match the signed data: tampered, or signed by another key"

    @Test(arguments: [
        ("tamper/payload-byte.json", mismatch),
        ("tamper/signature-byte.json", mismatch),
        ("tamper/protected-byte.json", mismatch),
        ("tamper/x5c-other-key.json", mismatch),
        ("tamper/signature-empty.json", "invalid signature: the signature is empty"),
        (
            "tamper/signature-truncated.json",
            "invalid signature: signature is 128 bytes, but a 2048-bit RSA key makes 256-byte signatures: truncated or padded"
        ),
        (
            "tamper/alg-none.json",
            "invalid: alg \"none\" means unsigned: a vCon signature must be an asymmetric signature, so it is never accepted"
        ),
        ("jws/crit-unknown.json", "invalid: critical header extension(s) not understood: \"x-unknown\""),
    ])
    func tamperedSignaturesAreInvalid(_ file: String, _ reason: String) throws {
        let result = try Self.open(file)
        #expect(CryptoFixtures.summary(result) == "jws:invalid vcon:plain")
        #expect(result.layers[0].reason == reason)
        #expect(result.verdict == .invalid)
        #expect(result.verdict.exitStatus == 1)
    }

    @Test func hmacWithThePublicKeyIsNeverAccepted() throws {
        let result = try Self.open("tamper/hs256-public-key-secret.json")
        #expect(result.layers[0].verdict == .invalid)
        #expect(result.layers[0].reason.hasPrefix("invalid: alg HS256 is a shared-secret MAC, not a signature"))
    }

    @Test func nestedJWSWithABrokenInnerLayer() throws {
        let good = try Self.open("jws/nested.json")
        #expect(CryptoFixtures.summary(good) == "jws:verified jws:verified vcon:plain")
        let broken = try Self.open("jws/nested-broken-inner.json")
        #expect(CryptoFixtures.summary(broken) == "jws:verified jws:invalid vcon:plain")
        #expect(broken.verdict == .invalid)
        #expect(broken.layers[1].reason == Self.mismatch)
    }

    @Test func headerMergeAcceptsRepetitionAndProtectedWins() throws {
        let repeated = try Self.open("jws/repeated-headers.json")
        #expect(repeated.layers[0].verdict == .verified)
        let signature = repeated.layers[0].signatures[0]
        #expect(
            signature.notes.contains { $0.severity == .info && $0.message.hasPrefix("header \"alg\" appears in more than one header set") })
        #expect(signature.headers.first { $0.name == "alg" }?.placement == .both)

        let conflicting = try Self.open("jws/conflicting-alg.json")
        #expect(conflicting.layers[0].verdict == .verified)
        #expect(conflicting.layers[0].signatures[0].algorithm == "RS256")
        #expect(
            conflicting.layers[0].signatures[0].notes.contains {
                $0.severity == .warning
                    && $0.message
                        == "header \"alg\" differs between the protected (\"RS256\") and unprotected (\"RS512\") headers: the protected value is used"
            })
    }

    @Test func headerUUIDIsCheckedAgainstThePayload() throws {
        let result = try Self.open("jws/uuid-mismatch.json")
        #expect(
            result.layers[0].notes.contains {
                $0.severity == .warning
                    && $0.message
                        == "header uuid 0193a1b2-0000-8000-8000-000000000000 does not match the vCon's uuid 0193a1b2-c3d4-8e5f-9a0b-1c2d3e4f5a6b"
            })
    }

    @Test func hybridCopyIsComparedWithThePayload() throws {
        let match = try Self.open("jws/hybrid-match.json", keys: ["pki/hybrid-public.pem"])
        #expect(CryptoFixtures.summary(match) == "jws:verified vcon:plain")
        #expect(match.layers[0].notes.contains { $0.message == "the unsigned copy beside the payload matches the signed payload" })
        let mismatch = try Self.open("jws/hybrid-mismatch.json", keys: ["pki/hybrid-public.pem"])
        #expect(mismatch.layers[0].verdict == .verified)
        #expect(
            mismatch.layers[0].notes.contains {
                $0.severity == .warning
                    && $0.message
                        == "the unsigned copy beside the payload differs from the signed payload in \"dialog\": only the signed payload is shown"
            })
        // The innermost vCon is the signed payload, not the edited copy.
        #expect(mismatch.innerDocument?.root["dialog"]?[0]?["body"]?.string == "hello from the fixture")
    }

    @Test func x5uUsesOnlyTheSuppliedLocalCopy() throws {
        let result = try Self.open("jws/x5u.json")
        #expect(result.layers[0].verdict == .verified)
        let offline = try CryptoFixtures.unwrap(CryptoFixtures.fixture("jws/x5u.json"), trust: [CryptoFixtures.fixture("pki/root.pem")])
        #expect(offline.layers[0].reason == "cannot check: x5u not fetched (offline): https://certs.example.test/chain.pem")
    }

    @Test(arguments: [
        ("jwe/rsa-oaep-a128cbc-hs256.json", "RSA-OAEP, A128CBC-HS256"), ("jwe/rsa-oaep-a192cbc-hs384.json", "RSA-OAEP, A192CBC-HS384"),
        ("jwe/rsa-oaep-a256cbc-hs512.json", "RSA-OAEP, A256CBC-HS512"), ("jwe/rsa-oaep-a128gcm.json", "RSA-OAEP, A128GCM"),
        ("jwe/rsa-oaep-a192gcm.json", "RSA-OAEP, A192GCM"), ("jwe/rsa-oaep-a256gcm.json", "RSA-OAEP, A256GCM"),
        ("jwe/rsa-oaep-256.json", "RSA-OAEP-256, A256GCM"), ("jwe/rsa1_5.json", "RSA1_5, A128CBC-HS256"),
        ("jwe/with-aad.json", "RSA-OAEP, A256CBC-HS512"), ("jwe/flattened.json", "RSA-OAEP, A256CBC-HS512"),
        ("jwe/compact.jwe", "RSA-OAEP, A256CBC-HS512"), ("jwe/legacy-cyphertext.json", "RSA-OAEP, A256CBC-HS512"),
        ("jwe/spec-style-repeated.json", "RSA-OAEP, A256CBC-HS512"),
    ])
    func everyJWEAlgorithmAndSerializationOpens(_ file: String, _ algorithms: String) throws {
        let result = try Self.open(file)
        #expect(CryptoFixtures.summary(result) == "jwe:decrypted jws:verified vcon:plain")
        #expect(result.layers[0].reason == "decrypted with recipient.key (\(algorithms))")
        #expect(result.verdict == .verified)
    }

    @Test func directKeyAndRSA1_5Warning() throws {
        let dir = try Self.open("jwe/dir-a256gcm.json")
        #expect(dir.layers[0].reason == "decrypted with dir-a256gcm.key (dir, A256GCM)")
        let legacy = try Self.open("jwe/rsa1_5.json")
        #expect(legacy.layers[0].notes.contains { $0.severity == .warning && $0.message.hasPrefix("RSA1_5 key wrapping is legacy") })
    }

    @Test func encryptedButNotSigned() throws {
        let result = try Self.open("jwe/unsigned-inside.json")
        #expect(CryptoFixtures.summary(result) == "jwe:decrypted vcon:unsigned")
        #expect(result.encryptedButNotSigned)
        #expect(result.layers[0].notes.contains { $0.message.hasPrefix("encrypted but not signed") })
        #expect(result.verdict == .unsigned)
    }

    static let tagMismatch = "authentication tag mismatch: tampered, or the wrong key"

    @Test(arguments: [
        ("tamper/jwe-ciphertext-byte.json", tagMismatch), ("tamper/jwe-tag-byte.json", tagMismatch),
        ("tamper/jwe-iv-byte.json", tagMismatch), ("tamper/jwe-gcm-ciphertext-byte.json", tagMismatch),
        ("tamper/jwe-protected-byte.json", tagMismatch),
        (
            "tamper/jwe-ciphertext-truncated.json",
            "invalid: the ciphertext is 2411 bytes, not a whole number of 16-byte AES blocks: truncated"
        ),
        ("tamper/jwe-tag-truncated.json", "invalid: the authentication tag is 16 bytes, A256CBC-HS512 makes 32: truncated or mangled"),
    ])
    func tamperedJWEIsInvalid(_ file: String, _ reason: String) throws {
        let result = try Self.open(file)
        #expect(CryptoFixtures.summary(result) == "jwe:invalid")
        #expect(result.layers[0].reason == reason)
    }

    @Test func wrongAndMissingKeysAreDistinct() throws {
        let wrong = try Self.open("jwe/rsa-oaep-a256gcm.json", keys: ["pki/wrong-recipient.key"])
        #expect(CryptoFixtures.summary(wrong) == "jwe:encrypted")
        #expect(
            wrong.layers[0].reason.hasPrefix(
                "wrong key: none of the 1 supplied key(s) unwraps the content key (RSA-OAEP: wrong-recipient.key: "))
        let none = try Self.open("jwe/rsa-oaep-a256gcm.json", keys: [])
        #expect(none.layers[0].reason == "encrypted (RSA-OAEP, A256GCM): no RSA private key supplied (--key)")
        let noDir = try Self.open("jwe/dir-a256gcm.json", keys: [])
        #expect(noDir.layers[0].reason == "encrypted with a shared key (dir): supply a 32-byte symmetric key with --key")
        let both = try Self.open("jwe/rsa-oaep-a256gcm.json", keys: ["pki/wrong-recipient.key", "pki/recipient.key"])
        #expect(both.layers[0].reason == "decrypted with recipient.key (RSA-OAEP, A256GCM)")
    }
}
