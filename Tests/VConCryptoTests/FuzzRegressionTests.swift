import Foundation
import TestSupport
import Testing
import VConBundle
import VConCrypto
import VConModel

/// Inputs the `envelope_openssl` fuzz target reported (Tests/Fuzz/envelope_openssl), through real OpenSSL as the
/// target runs them. `seventeen-x5c-signatures` (a general JWS with 17 signatures, each with its own `x5c` chain,
/// and a byte that is not UTF-8) was reported as a timeout while the fuzzer shared two cores with a build at the
/// lowest priority; alone it runs in 0.12 s under ASan and 0.04 s in a release `verify`. Every signature is still
/// judged, and none of them trusted.
@Suite struct EnvelopeFuzzRegressionTests {
    @Test func seventeenSignaturesWithChainsAreEachJudged() throws {
        let bytes = Array(try Data(contentsOf: PackagePaths.url("Tests/Fuzz/envelope_openssl/seventeen-x5c-signatures")))
        let context = EnvelopeContext(crypto: try OpenSSLJOSE(trustPaths: [], keyPaths: []), inflater: ZlibInflater(), now: Date())
        let result = Envelope.unwrap(bytes, context: context)
        let signatures = result.layers.first?.signatures ?? []
        #expect(signatures.count == 17)
        #expect(result.verdict != .verified)
        #expect(!result.shortBadge(ascii: true).isEmpty)
    }
}
