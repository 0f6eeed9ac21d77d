import Foundation
import RobustnessSupport
import TestSupport
import Testing
import VConBundle
import VConCommands
import VConCrypto
import VConModel

/// Seeded mutants of signed and encrypted vCons through `Envelope.unwrap` with real OpenSSL crypto
/// (the corpus's fake PKI, and the fixtures' v3 PKI for every algorithm), the `verify` report as text and
/// JSON, `show` with the security result, and the plaintext through the model pipeline.
/// Half of the mutants change bytes inside a base64url part (header, payload, key, IV, tag, signature).
@Suite("Robustness: mutated envelopes through OpenSSL")
struct EnvelopeMutationTests {
    static let pipeline = ModelPipeline(loader: FileLoader(inflater: ZlibInflater()))

    /// The corpus PKI: trust the fake root, decrypt with fake_grp.key.
    static let corpusContext: EnvelopeContext? = {
        guard
            let crypto = try? OpenSSLJOSE(
                trustPaths: [CryptoFixtures.pki("fake_ca_root.crt")], keyPaths: [CryptoFixtures.pki("fake_grp.key")])
        else { return nil }
        return EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: CryptoFixtures.now)
    }()

    /// The fixtures' PKI: every algorithm, RSA and `dir` recipients, the x5u copy.
    static let fixtureContext: EnvelopeContext? = {
        guard
            let crypto = try? OpenSSLJOSE(
                trustPaths: [CryptoFixtures.fixture("pki/root.pem")],
                keyPaths: [CryptoFixtures.fixture("pki/recipient.key"), CryptoFixtures.fixture("pki/dir-a256gcm.key")],
                x5uFiles: FixtureEnvelopeTests.x5u)
        else { return nil }
        return EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: CryptoFixtures.now)
    }()

    /// Unwraps, reports and shows one mutant; the plaintext (when reached) goes through the model pipeline.
    static func drive(_ mutant: Mutant, context: EnvelopeContext) {
        let report = VerificationReport.make(file: "mutant.json", bytes: mutant.bytes, context: context, filesDirectory: nil)
        #expect(!report.renderText().isEmpty, "\(mutant.label)")
        #expect(!report.renderJSON().isEmpty, "\(mutant.label)")
        for layer in report.envelope.layers where layer.reason.isEmpty {
            Issue.record("\(mutant.label): layer \(layer.kind) without a reason")
        }
        if let file = try? pipeline.loader.load(buffer: ByteBuffer(mutant.bytes), source: "mutant.json") {
            _ = ShowReport(file: file, findings: Validator.validate(file), security: report.envelope).text()
        }
        if let inner = report.envelope.innerBytes {
            let outcome = pipeline.run(inner, source: "plaintext.json")
            #expect(outcome.problems.isEmpty, "\(mutant.label) plaintext: \(outcome.problems)")
        }
    }

    @Test("corpus JWS (general, flattened, strict, gzip payload, two signatures, nested, x5u, hybrid)", .corpus)
    func corpusSigned() throws {
        let context = try #require(Self.corpusContext)
        let mutants = Mutants.envelopeFamily("crypto-jws", seeds: SeedFiles.jws, count: 15)
        #expect(mutants.count >= 120)
        Mutants.run(mutants) { Self.drive($0, context: context) }
    }

    @Test("corpus JWE (general, flattened, legacy cyphertext, strict headers), decrypted with fake_grp.key", .corpus)
    func corpusEncrypted() throws {
        let context = try #require(Self.corpusContext)
        let mutants = Mutants.envelopeFamily("crypto-jwe", seeds: SeedFiles.jwe, count: 25)
        #expect(mutants.count >= 100)
        Mutants.run(mutants) { Self.drive($0, context: context) }
    }

    @Test("fixture envelopes: every signature algorithm, every JWE key management and content encryption, compact forms")
    func fixtureAlgorithms() throws {
        let context = try #require(Self.fixtureContext)
        let seeds = [
            "jws/es256.json", "jws/es512.json", "jws/ps256.json", "jws/eddsa.json", "jws/compact-es256.jws", "jws/nested.json",
            "jws/hybrid-match.json", "jws/crit-unknown.json", "jwe/rsa-oaep-a128gcm.json", "jwe/rsa1_5.json",
            "jwe/dir-a256gcm.json", "jwe/compact.jwe", "jwe/with-aad.json", "tamper/alg-none.json",
        ].map(CryptoFixtures.fixture)
        let mutants = Mutants.envelopeFamily("crypto-fixtures", seeds: seeds, count: 10)
        #expect(mutants.count == seeds.count * 10 * Mutants.scale)
        Mutants.run(mutants) { Self.drive($0, context: context) }
    }

    @Test("STIR PASSporTs in parties: mutated tokens and certificates", .corpus)
    func stir() throws {
        let context = try #require(Self.fixtureContext)
        let seeds =
            ["stir/stir.vcon.json", "stir/stir-x5u-only.vcon.json"].map(CryptoFixtures.fixture)
            + ["sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json"]
        let verifier = StirVerifier(crypto: context.crypto, now: context.now)
        let mutants = Mutants.family("crypto-stir", seeds: seeds, count: 40)
        #expect(mutants.count >= 100)
        Mutants.run(mutants) { mutant in
            guard let vcon = (try? Self.pipeline.loader.load(buffer: ByteBuffer(mutant.bytes), source: "stir.json"))?.vcon else { return }
            for check in verifier.check(vcon) { #expect(!String(describing: check).isEmpty) }
        }
    }
}
