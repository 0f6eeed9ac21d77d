// Fuzz target: FileLoader and the envelope stack up to the crypto boundary.
// Bytes are opened as a file (gzip sniffed, JSON or compact JOSE, JWS payloads followed inward), judged layer by
// layer with crypto that never checks anything (every signature "cannot check", every JWE "no key"), validated,
// and summarised as `show` would. The real-OpenSSL variant is `envelope_openssl`.
import Foundation
import VConModel
import VConSIP

/// Crypto that stops at the boundary: what reaches it has been parsed, nothing is verified.
struct BoundaryCrypto: JOSECrypto {
    struct Digests: Digesting {
        final class Hasher: StreamingHasher {
            func update(_ bytes: UnsafeRawBufferPointer) {}
            func finalize() -> [UInt8] { [UInt8](repeating: 0, count: 32) }
        }
        func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher { Hasher() }
    }
    var digests: any Digesting { Digests() }
    func verifySignature(
        algorithm: JWSAlgorithm, signingInput: [UInt8], signature: [UInt8], keySource: SigningKeySource, now: Date
    ) -> SignatureCheck {
        SignatureCheck(outcome: .cannotCheck("fuzzing: crypto boundary"))
    }
    func decrypt(_ request: JWEDecryptRequest) -> JWEDecryptOutcome { .noKeys("fuzzing: crypto boundary") }
}

let context = EnvelopeContext(crypto: BoundaryCrypto(), inflater: nil, now: Date(timeIntervalSince1970: 1_700_000_000))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEnvelope(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = Envelope.unwrap(bytes, context: context)
    _ = result.shortBadge(ascii: true)
    guard let file = try? FileLoader().load(buffer: ByteBuffer(bytes), source: "fuzz.vcon") else { return 0 }
    let findings = Validator.validate(file)
    for finding in findings.prefix(50) { _ = finding.pointer }
    if let vcon = file.vcon {
        _ = vcon.subject
        _ = LadderSources.signalingDialogs(vcon)
    }
    return 0
}
