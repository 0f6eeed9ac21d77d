import Testing

@testable import VConModel

@Suite struct JOSEUnitTests {
    @Test func algorithmPolicy() {
        #expect(JWSAlgorithmPolicy.decide("RS256") == .check(.rs256))
        #expect(JWSAlgorithmPolicy.decide("EdDSA") == .check(.edDSA))
        guard case .refuse = JWSAlgorithmPolicy.decide("none") else { Issue.record("none must be refused"); return }
        guard case .refuse = JWSAlgorithmPolicy.decide("NONE") else { Issue.record("NONE must be refused"); return }
        guard case .refuse = JWSAlgorithmPolicy.decide("HS512") else { Issue.record("HS512 must be refused"); return }
        guard case .refuse = JWSAlgorithmPolicy.decide(nil) else { Issue.record("a missing alg must be refused"); return }
        #expect(JWSAlgorithmPolicy.decide("ES256K") == .unsupported("cannot check: unsupported signature algorithm \"ES256K\""))
    }

    @Test func contentEncryptionSizes() {
        #expect(ContentEncryptionAlgorithm.a256CBCHS512.keyByteCount == 64)
        #expect(ContentEncryptionAlgorithm.a256CBCHS512.tagByteCount == 32)
        #expect(ContentEncryptionAlgorithm.a128CBCHS256.tagByteCount == 16)
        #expect(ContentEncryptionAlgorithm.a192GCM.keyByteCount == 24)
        #expect(ContentEncryptionAlgorithm.a192GCM.tagByteCount == 16)
        #expect(ContentEncryptionAlgorithm.a128GCM.ivByteCount == 12)
    }

    @Test func headerMerge() throws {
        let protected = try JSONDocument.parse(string: #"{"alg":"RS256","crit":["b64"],"b64":false}"#).root
        let unprotected = try JSONDocument.parse(string: #"{"alg":"RS256","x5u":"https://x","kid":"k"}"#).root
        let merged = JOSEHeaders(protected: protected, unprotected: [(.unprotected, unprotected)])
        #expect(merged.entries.map(\.name) == ["alg", "crit", "b64", "x5u", "kid"])
        #expect(merged.entries[0].placement == .both)
        #expect(merged.entries[3].placement == .unprotected)
        #expect(merged.critProblem() == "critical header extension(s) not understood: \"b64\"")
        let unprotectedCrit = JOSEHeaders(
            protected: nil, unprotected: [(.unprotected, try JSONDocument.parse(string: #"{"crit":["x"]}"#).root)])
        #expect(unprotectedCrit.critProblem() == "\"crit\" is in an unprotected header; RFC 7515 requires it to be protected")
    }

    @Test func jweStructureChecks() {
        let iv16 = [UInt8](repeating: 0, count: 16)
        #expect(
            UnwrapState.structureProblem(
                .a256CBCHS512, iv: iv16, ciphertext: [UInt8](repeating: 0, count: 32), tag: [UInt8](repeating: 0, count: 32)) == nil)
        #expect(
            UnwrapState.structureProblem(
                .a256CBCHS512, iv: [1, 2], ciphertext: [UInt8](repeating: 0, count: 32), tag: [UInt8](repeating: 0, count: 32))
                == "the IV is 2 bytes, A256CBC-HS512 needs 16")
        #expect(
            UnwrapState.structureProblem(
                .a128GCM, iv: [UInt8](repeating: 0, count: 12), ciphertext: [], tag: [UInt8](repeating: 0, count: 16)) == nil)
    }

    @Test func compactDetection() {
        #expect(compactJOSEParts(Array("a.b.c\n".utf8))?.count == 3)
        #expect(compactJOSEParts(Array("a.b.c.d.e".utf8))?.count == 5)
        #expect(compactJOSEParts(Array("a.b".utf8)) == nil)
        #expect(compactJOSEParts(Array("{\"a\":1}".utf8)) == nil)
    }

    @Test func signatureWordingForEveryPathValidation() {
        let cert = CertificateSummary(
            subject: "CN=a", issuer: "CN=b", serial: "01", notBefore: .distantPast, notAfter: .distantFuture,
            keyType: "RSA", keyBits: 2048, version: 3, isCA: false, selfIssued: false)
        let broken = ChainReport(
            source: "x5c", certificates: [cert], links: [ChainLink(index: 0, signer: "trust anchor CN=b", signatureValid: false)],
            pathValidation: .rejected(reason: "certificate signature failure", depth: 0, subject: "O=x,CN=a", explanation: nil))
        let (verdict, reason) = SignatureWording.verdict(for: SignatureCheck(outcome: .valid, chain: broken))
        #expect(verdict == .untrusted)
        #expect(
            reason
                == "signature valid; chain signatures invalid: certificate 0 is not signed by trust anchor CN=b; chain rejected by X.509 path validation: certificate signature failure (OpenSSL: certificate signature failure at depth 0, CN=a)"
        )
        #expect(SignatureWording.verdict(for: SignatureCheck(outcome: .cannotCheck("cannot check: x"))).0 == .untrusted)
        #expect(SignatureWording.verdict(for: SignatureCheck(outcome: .invalid("bad"))) == (.invalid, "invalid signature: bad"))
    }
}
