import Foundation
import TestSupport
import VConBundle
import VConCrypto
import VConModel

/// Paths and helpers shared by the crypto tests.
enum CryptoFixtures {
    static func fixture(_ relative: String) -> String {
        PackagePaths.url("Tests/VConCryptoTests/Fixtures").appendingPathComponent(relative).path
    }

    /// Certificates are checked as of 2026-01-01 UTC, so the tests do not age.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// A file of the py-vcon fake PKI in the corpus.
    static func pki(_ name: String) -> String { Corpus.path("certs/py-vcon-fake/" + name) }

    /// Unwraps a file with the given trust anchors, keys and x5u copies (all paths).
    static func unwrap(
        _ path: String, trust: [String] = [], keys: [String] = [], x5u: [String: String] = [:]
    ) throws -> EnvelopeResult {
        let crypto = try OpenSSLJOSE(trustPaths: trust, keyPaths: keys, x5uFiles: x5u)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let context = EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: now)
        return Envelope.unwrap(bytes, context: context)
    }

    /// "jwe:decrypted jws:untrusted vcon:plain" — the stack in one line, for compact expectations.
    static func summary(_ result: EnvelopeResult) -> String {
        result.layers.map { "\($0.kind.rawValue):\($0.verdict.rawValue)" }.joined(separator: " ")
    }
}

extension CryptoFixtures {
    /// The full `verify` report for a file.
    static func report(
        _ path: String, trust: [String] = [], keys: [String] = [], files: String? = nil, x5u: [String: String] = [:]
    ) throws -> VerificationReport {
        let crypto = try OpenSSLJOSE(trustPaths: trust, keyPaths: keys, x5uFiles: x5u)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let context = EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: now)
        return VerificationReport.make(file: (path as NSString).lastPathComponent, bytes: bytes, context: context, filesDirectory: files)
    }
}
