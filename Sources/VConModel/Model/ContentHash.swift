import Foundation

/// One content hash of an external or inline body: `sha512-<base64url>` (0.0.2+) or 0.0.1 `alg` + `signature`.
public struct ContentHash: Sendable, Equatable {
    /// The algorithm, when it is one this reader knows.
    public var algorithm: HashAlgorithm?
    /// The algorithm name as written (`sha512`, `SHA-512`).
    public var algorithmName: String
    /// The digest bytes, when the value decodes.
    public var digest: [UInt8]?
    /// The whole value as written.
    public var text: String
    /// True for the 0.0.1 `alg` + `signature` spelling.
    public var isLegacy: Bool
    /// What is wrong with the value's syntax, if anything.
    public var problem: String?

    /// Parses `alg-base64url` (the 0.0.2+ `content_hash` form).
    public init(contentHash text: String) {
        self.text = text
        isLegacy = false
        guard let dash = text.firstIndex(of: "-") else {
            algorithmName = ""
            algorithm = nil
            digest = nil
            problem = "content_hash \"\(TextSafety.line(text))\" is not of the form <alg>-<base64url digest>"
            return
        }
        algorithmName = String(text[..<dash])
        algorithm = HashAlgorithm(rawValue: algorithmName)
        let encoded = Array(text[text.index(after: dash)...].utf8)
        (digest, problem) = Self.decodeDigest(encoded, algorithm: algorithm, name: algorithmName)
    }

    /// The 0.0.1 spelling: `alg` such as `SHA-512` and `signature` the base64url digest.
    public init(legacyAlgorithm name: String, signature: String) {
        text = signature
        isLegacy = true
        algorithmName = name
        let normalized = name.lowercased().replacingOccurrences(of: "-", with: "")
        algorithm = HashAlgorithm(rawValue: normalized)
        (digest, problem) = Self.decodeDigest(Array(signature.utf8), algorithm: algorithm, name: name)
    }

    private static func decodeDigest(_ encoded: [UInt8], algorithm: HashAlgorithm?, name: String) -> ([UInt8]?, String?) {
        guard case .success(let decoded) = Base64.decode(encoded) else {
            return (nil, "the digest of \"\(TextSafety.line(name))\" is not base64url")
        }
        guard let algorithm else {
            return (decoded.bytes, "unknown hash algorithm \"\(TextSafety.line(name))\" (known: sha256, sha384, sha512)")
        }
        if decoded.bytes.count != algorithm.byteCount {
            return (decoded.bytes, "a \(algorithm.rawValue) digest is \(algorithm.byteCount) bytes, this one is \(decoded.bytes.count)")
        }
        if !decoded.leniency.isDisjoint(with: [.padding, .standardAlphabet, .whitespace]) {
            return (decoded.bytes, "digest is not unpadded base64url (padding or the standard alphabet used)")
        }
        return (decoded.bytes, nil)
    }

    /// The canonical `alg-base64url` text for a digest.
    public static func format(_ algorithm: HashAlgorithm, _ digest: [UInt8]) -> String {
        algorithm.rawValue + "-" + Base64.urlEncode(digest)
    }
}
