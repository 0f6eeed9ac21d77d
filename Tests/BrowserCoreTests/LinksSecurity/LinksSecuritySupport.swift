import Foundation
import TermUI
import TestSupport

@testable import BrowserCore
@testable import VConModel

/// Test doubles and corpus sessions for the Links and Security panes (no OpenSSL, no bundle reader).
enum LinksSecurityFixtures {
    /// "Now" for certificate validity: inside every test certificate's window.
    static let now = Date(timeIntervalSince1970: 1_775_000_000)  // 2026-03-31

    static func corpusFile(_ relative: String) throws -> LoadedFile {
        // Named relative to the corpus, so snapshots do not depend on where the checkout lives.
        let bytes = try Data(contentsOf: Corpus.url(relative))
        return try FileLoader().load(buffer: ByteBuffer(Array(bytes)), source: relative)
    }

    static func file(_ json: String, source: String) throws -> LoadedFile {
        try FileLoader().load(buffer: ByteBuffer(Array(json.utf8)), source: source)
    }

    /// A session over `files` with their relation graph, envelopes judged by `crypto` (when given) and `checker`.
    static func session(
        _ files: [LoadedFile], crypto: FakeJOSE? = nil, checker: (any SecurityChecking)? = nil,
        ascii: Bool = false
    ) -> BrowserSession {
        var library = Library()
        for file in files { library.add(LibraryMember(source: .file(file.source), file: file)) }
        var envelopes: [Int: EnvelopeResult] = [:]
        if let crypto {
            let context = EnvelopeContext(crypto: crypto, inflater: nil, now: now)
            for (index, member) in library.members.enumerated() {
                if case .file = member.source, let file = member.file {
                    envelopes[index] = Envelope.unwrap(file.buffer.bytes, context: context)
                }
            }
        }
        var session = BrowserSession(
            library: library, graph: RelationGraph(library: library), envelopes: envelopes,
            ascii: ascii)
        session.checker = checker
        return session
    }

    /// A state over `session` after `keys`, with the work they asked for carried out (as a batch run does).
    static func state(
        _ session: BrowserSession, keys: String, width: Int = 120, height: Int = 40,
        glyphs: Glyphs = .unicode
    ) throws -> AppState {
        var state = AppState(session: session, size: TerminalSize(width: width, height: height), glyphs: glyphs)
        BrowserApp.settle(&state, state.handle(script: try KeyScript.parse(keys)))
        return state
    }

    static let redacted = "python-vcon-generated/pyvcon_redaction_redacted.vcon.json"
    static let original = "python-vcon-generated/pyvcon_redaction_original.vcon.json"
    static let signedSpec = "spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec_signed.vcon"
    static let encryptedSpec = "spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec_encrypted.vcon"

    /// The spec's test PKI as a chain report: grp (v1) ← div (v1) ← root (v3 CA).
    static func chain(_ path: PathValidation) -> ChainReport {
        func cert(_ cn: String, _ issuer: String, version: Int, ca: Bool?, bits: Int = 2048) -> CertificateSummary {
            CertificateSummary(
                subject: "CN=\(cn)", issuer: "CN=\(issuer)", serial: "0A", notBefore: Date(timeIntervalSince1970: 1_654_300_000),
                notAfter: Date(timeIntervalSince1970: 1_969_900_000), keyType: "RSA", keyBits: bits, version: version,
                isCA: ca, selfIssued: cn == issuer)
        }
        return ChainReport(
            source: "x5c",
            certificates: [
                cert("grp.div.fakevcon.io", "div.fakevcon.io", version: 1, ca: nil),
                cert("div.fakevcon.io", "fakevcon.io", version: 1, ca: nil),
                cert("fakevcon.io", "fakevcon.io", version: 3, ca: true, bits: 4096),
            ],
            links: [
                ChainLink(index: 0, signer: "x5c[1] CN=div.fakevcon.io", signatureValid: true),
                ChainLink(index: 1, signer: "x5c[2] CN=fakevcon.io", signatureValid: true),
                ChainLink(index: 2, signer: "itself", signatureValid: true),
            ],
            pathValidation: path)
    }
}

/// JOSE with canned answers: every signature gets `signature`, every JWE `decryption`.
struct FakeJOSE: JOSECrypto {
    var signature: SignatureCheck
    var decryption: JWEDecryptOutcome = .noKeys("no private key was supplied")
    var digests: any Digesting { ZeroDigests() }

    static let trusted = FakeJOSE(
        signature: SignatureCheck(
            outcome: .valid, keyDescription: "RSA 2048-bit key of x5c[0]",
            chain: LinksSecurityFixtures.chain(.trusted(anchor: "CN=fakevcon.io"))))
    static let untrusted = FakeJOSE(
        signature: SignatureCheck(
            outcome: .valid, keyDescription: "RSA 2048-bit key of x5c[0]",
            chain: LinksSecurityFixtures.chain(
                .rejected(
                    reason: "invalid CA certificate", depth: 1, subject: "CN=div.fakevcon.io",
                    explanation: "v1 intermediate"))))
    static let invalid = FakeJOSE(signature: SignatureCheck(outcome: .invalid("signature does not match the signed data")))

    func verifySignature(
        algorithm: JWSAlgorithm, signingInput: [UInt8], signature: [UInt8], keySource: SigningKeySource,
        now: Date
    ) -> SignatureCheck {
        self.signature
    }

    func decrypt(_ request: JWEDecryptRequest) -> JWEDecryptOutcome { decryption }
}

/// Digests of zeros: the fake crypto never hashes anything that matters.
struct ZeroDigests: Digesting {
    final class Hasher: StreamingHasher {
        func update(_ bytes: UnsafeRawBufferPointer) {}
        func finalize() -> [UInt8] { [UInt8](repeating: 0, count: 32) }
    }
    func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher { Hasher() }
}

/// A checker with canned hashes and STIR results; `rejudge` returns `next` (or throws when nil).
struct FakeChecker: SecurityChecking {
    var now = LinksSecurityFixtures.now
    var hashes: [HashCheck] = []
    var stirChecks: [StirCheck] = []
    var next: BrowserSession?

    func contentHashes(of vcon: VCon, member: Int) -> [HashCheck] { hashes }
    func stir(of vcon: VCon, member: Int) -> [StirCheck] { stirChecks }
    func rejudge(adding addition: SecurityAddition) throws(SecurityAdditionError) -> BrowserSession {
        guard let next else { throw SecurityAdditionError("no PEM certificate in it") }
        return next
    }
}

extension AppState {
    /// The list rows as plain text.
    var rowTexts: [String] { items.map(\.row.plainText) }
    /// The detail lines as plain text.
    var detailTexts: [String] { detail.lines.map(\.text.plainText) }
}
