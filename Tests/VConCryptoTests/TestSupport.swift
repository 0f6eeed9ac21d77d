import Foundation
import VConBundle
import VConCrypto
import VConModel

/// Paths and helpers shared by the crypto tests.
enum TestSupport {
    /// The package root, found by walking up from this file to Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func corpus(_ relative: String) -> String {
        packageRoot.appendingPathComponent("../shared/corpus").appendingPathComponent(relative).standardized.path
    }

    static func fixture(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Tests/VConCryptoTests/Fixtures").appendingPathComponent(relative).path
    }

    /// Certificates are checked as of 2026-01-01 UTC, so the tests do not age.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// A file of the py-vcon fake PKI in the corpus.
    static func pki(_ name: String) -> String { corpus("certs/py-vcon-fake/" + name) }

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

extension TestSupport {
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
