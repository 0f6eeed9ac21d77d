// Fuzz target: the envelope stack through real OpenSSL (VConCrypto) and zlib (VConBundle's inflater).
// Signatures are verified, certificate chains parsed and checked, JWEs decrypted with the test recipient keys
// (RSA-OAEP and a `dir` key from Tests/VConCryptoTests/Fixtures/pki), so mutated tokens reach OpenSSL itself.
import Foundation
import VConBundle
import VConCrypto
import VConModel

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Tests/VConCryptoTests/Fixtures/pki").standardizedFileURL.path
let crypto: any JOSECrypto = {
    let keys = ["recipient.key", "dir-a256gcm.key"].map { fixtures + "/" + $0 }
    let anchors = ["root.pem"].map { fixtures + "/" + $0 }
    if let made = try? OpenSSLJOSE(trustPaths: anchors, keyPaths: keys) { return made }
    fatalError("envelope_openssl: cannot load the fixture keys from \(fixtures)")
}()
let context = EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: Date(timeIntervalSince1970: 1_700_000_000))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEnvelopeOpenSSL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = Envelope.unwrap(bytes, context: context)
    _ = result.shortBadge(ascii: false)
    if let inner = result.innerBytes {
        _ = try? FileLoader(inflater: ZlibInflater()).load(buffer: ByteBuffer(inner), source: "fuzz (decrypted)")
    }
    return 0
}
