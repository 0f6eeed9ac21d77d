import TestSupport
import Testing
import VConModel

@Suite struct StirTests {
    static func report(_ file: String, trust: Bool = true) throws -> VerificationReport {
        try CryptoFixtures.report(CryptoFixtures.fixture(file), trust: trust ? [CryptoFixtures.fixture("pki/root.pem")] : [])
    }

    @Test func passportIsDecodedAndVerifiedWithTheAttachedCertificate() throws {
        let stir = try Self.report("stir/stir.vcon.json").stir
        #expect(stir.count == 2)
        let good = stir[0]
        #expect(good.party == 0)
        #expect(good.pointer == "/parties/0/stir")
        #expect(good.verdict == .verified)
        #expect(good.reason == "signature valid; chain trusted (anchor CN=Test Root CA)")
        #expect(good.certificateSource == "stir-certificate attachment /attachments/0")
        #expect(good.header.map(\.name) == ["alg", "ppt", "typ", "x5u"])
        #expect(good.claim("attest") == "\"A\"")
        #expect(good.claim("orig") == "{\"tn\":\"15550001\"}")
        #expect(good.claim("iat") == "1735787045")
        #expect(good.claim("origid") == "\"123e4567-e89b-12d3-a456-426655440000\"")
        #expect(good.reports.count == 1)
        #expect(good.reports[0].disagreement == nil)
    }

    @Test func forgedPassportDisagreesWithTheStoredReport() throws {
        let forged = try Self.report("stir/stir.vcon.json").stir[1]
        #expect(forged.verdict == .invalid)
        #expect(forged.reports[0].disagreement == "it says \"verified\", but the PASSporT signature does not verify here")
    }

    @Test func withoutACertificateAttachmentTheX5UIsNotFetched() throws {
        let check = try Self.report("stir/stir-x5u-only.vcon.json").stir[0]
        #expect(check.verdict == .untrusted)
        #expect(check.reason == "cannot check: x5u not fetched (offline): https://cert.example.test/sti.pem")
    }

    @Test func withoutAnchorsTheSignatureIsValidButNotTrusted() throws {
        let check = try Self.report("stir/stir.vcon.json", trust: false).stir[0]
        #expect(check.verdict == .untrusted)
        #expect(check.reason.hasPrefix("signature valid, chain not checked against any trust anchor"))
    }

    @Test(.corpus) func truncatedDraftPassportIsUnreadable() throws {
        // The SIP-signaling draft's example elides the token ("eyJ...In..."): it must not crash, just say so.
        let report = try CryptoFixtures.report(Corpus.path("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json"))
        #expect(report.stir.count == 1)
        #expect(report.stir[0].verdict == .unreadable)
        #expect(report.stir[0].reason.hasPrefix("not a compact JWS") || report.stir[0].reason.hasPrefix("PASSporT unreadable"))
    }
}
