import Foundation
import VConModel

/// `JOSECrypto` on OpenSSL 3: the keys, trust anchors and local `x5u` copies the user supplied.
public final class OpenSSLJOSE: JOSECrypto {
    public let keys: KeyRing
    public let trust: TrustStore?
    /// `x5u` URL → local PEM file holding the chain that URL would serve (`--x5u-file URL=PEM`).
    public let x5uFiles: [String: String]
    public let digests: any Digesting = OpenSSLDigester()

    public init(keys: KeyRing = KeyRing(), trust: TrustStore? = nil, x5uFiles: [String: String] = [:]) {
        self.keys = keys
        self.trust = trust
        self.x5uFiles = x5uFiles
    }

    /// Convenience: loads `--trust` paths (files or directories), `--key` files and `x5u` mappings.
    public convenience init(trustPaths: [String], keyPaths: [String], x5uFiles: [String: String] = [:]) throws {
        let anchors = try TrustStore.loadAnchors(paths: trustPaths)
        let store = anchors.isEmpty ? nil : try TrustStore(anchors: anchors)
        self.init(keys: try KeyRing.load(paths: keyPaths), trust: store, x5uFiles: x5uFiles)
    }

    public func verifySignature(
        algorithm: JWSAlgorithm, signingInput: [UInt8], signature: [UInt8],
        keySource: SigningKeySource, now: Date
    ) -> SignatureCheck {
        let certificates: [Certificate]
        let source: String
        switch keySource {
        case .x5c(let ders):
            var parsed: [Certificate] = []
            for (index, der) in ders.enumerated() {
                do {
                    parsed.append(try Certificate(der: der))
                } catch {
                    return SignatureCheck(outcome: .invalid("x5c[\(index)] is not a DER certificate: \(error)"))
                }
            }
            guard !parsed.isEmpty else { return SignatureCheck(outcome: .invalid("x5c is empty: no signing certificate")) }
            certificates = parsed
            source = "x5c"
        case .x5u(let url):
            guard let path = x5uFiles[url] else {
                return pinnedCheck(algorithm, signingInput, signature)
                    ?? SignatureCheck(outcome: .cannotCheck("cannot check: x5u not fetched (offline): \(url)"))
            }
            guard let bytes = FileManager.default.contents(atPath: path),
                let parsed = try? Certificate.allFromPEM(Array(bytes))
            else {
                return SignatureCheck(outcome: .cannotCheck("cannot check: the local copy \(path) of x5u \(url) holds no PEM certificate"))
            }
            certificates = parsed
            source = "x5u \(url) (local copy \((path as NSString).lastPathComponent))"
        case .certificatePEM(let pem, let origin):
            guard let parsed = try? Certificate.allFromPEM(Array(pem.utf8)) else {
                return SignatureCheck(outcome: .cannotCheck("cannot check: the \(origin) holds no readable PEM certificate"))
            }
            certificates = parsed
            source = origin
        case .none:
            return pinnedCheck(algorithm, signingInput, signature)
                ?? SignatureCheck(
                    outcome: .cannotCheck("cannot check: the header names no key (no x5c or x5u) and no public key was supplied (--key)"))
        }
        return certificateCheck(algorithm, signingInput, signature, certificates: certificates, source: source, now: now)
    }

    private func certificateCheck(
        _ algorithm: JWSAlgorithm, _ input: [UInt8], _ signature: [UInt8],
        certificates: [Certificate], source: String, now: Date
    ) -> SignatureCheck {
        let leaf = certificates[0]
        let chain = ChainValidator.report(certificates: certificates, source: source, store: trust, now: now)
        guard let key = try? leaf.publicKey() else {
            return SignatureCheck(outcome: .invalid("the \(source) leaf certificate has no usable public key"), chain: chain)
        }
        let description = "\(key.summary) key of \(source)[0] (\(leaf.subject))"
        switch SignatureVerifier.verify(algorithm, input: input, signature: signature, key: key) {
        case .valid:
            return SignatureCheck(outcome: .valid, keyDescription: description, chain: chain)
        case .invalid(let why):
            return SignatureCheck(outcome: .invalid(why), keyDescription: description, chain: chain)
        }
    }

    /// Tries the pinned public keys; nil when there are none.
    private func pinnedCheck(_ algorithm: JWSAlgorithm, _ input: [UInt8], _ signature: [UInt8]) -> SignatureCheck? {
        guard !keys.publicKeys.isEmpty else { return nil }
        var reasons: [String] = []
        for pinned in keys.publicKeys {
            switch SignatureVerifier.verify(algorithm, input: input, signature: signature, key: pinned.key) {
            case .valid:
                return SignatureCheck(
                    outcome: .valid, keyDescription: "\(pinned.key.summary) public key \(pinned.label)", pinnedKey: pinned.label)
            case .invalid(let why):
                reasons.append("\(pinned.label): \(why)")
            }
        }
        let outcome: SignatureCheck.Outcome =
            keys.publicKeys.count == 1
            ? .invalid(reasons[0])
            : .invalid("no supplied public key verifies it (" + reasons.joined(separator: "; ") + ")")
        return SignatureCheck(outcome: outcome)
    }
}
