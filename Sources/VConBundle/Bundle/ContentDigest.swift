import VConModel

/// One `content_hash` value, `<algorithm>-<base64url digest>` (e.g. `sha512-GLy6IP…UQ`).
///
/// The text is kept exactly as written (it names the file in `files/`); the digest bytes are
/// decoded for comparison. Padding `=` is tolerated on reading, never written.
public struct ContentDigest: Sendable, Hashable, CustomStringConvertible {
    public var algorithm: HashAlgorithm
    public var digest: [UInt8]
    /// The value as written in the vCon.
    public var text: String

    /// Parses `sha256-…`, `sha384-…` or `sha512-…`; nil for anything else or a digest of the wrong length.
    public init?(_ text: String) {
        guard let dash = text.firstIndex(of: "-") else { return nil }
        let name = text[..<dash].lowercased().replacingOccurrences(of: "-", with: "")
        guard let algorithm = HashAlgorithm(rawValue: name),
              let digest = Base64URL.decode(String(text[text.index(after: dash)...])),
              digest.count == algorithm.byteCount
        else { return nil }
        self.algorithm = algorithm
        self.digest = digest
        self.text = text
    }

    /// The canonical value for `digest` computed with `algorithm`.
    public init(algorithm: HashAlgorithm, digest: [UInt8]) {
        self.algorithm = algorithm
        self.digest = digest
        self.text = "\(algorithm.rawValue)-\(Base64URL.encode(digest))"
    }

    public var description: String { text }

    /// Equal algorithm and digest, whatever the spelling (padding, case of the algorithm name).
    public func matches(_ other: ContentDigest) -> Bool {
        algorithm == other.algorithm && digest == other.digest
    }

    /// The digest that names a bundle file: SHA-512 when present, else the first (draft "Multi-Hash Support").
    public static func primary(of digests: [ContentDigest]) -> ContentDigest? {
        digests.first { $0.algorithm == .sha512 } ?? digests.first
    }
}
