/// A hash algorithm for content hashes (`content_hash`, 0.0.1 `alg`+`signature`, bundle file names).
public enum HashAlgorithm: String, Sendable, CaseIterable, Comparable {
    case sha256, sha384, sha512

    /// Digest length in bytes.
    public var byteCount: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        case .sha512: 64
        }
    }

    /// Preference order when several hashes are given: SHA-512 first (the spec's MUST).
    public static func < (lhs: HashAlgorithm, rhs: HashAlgorithm) -> Bool { lhs.byteCount < rhs.byteCount }
}

/// An incremental hash: feed it bytes in pieces, then take the digest once.
public protocol StreamingHasher: AnyObject {
    /// Adds the next piece of input.
    func update(_ bytes: UnsafeRawBufferPointer)
    /// Ends the input and returns the digest.
    func finalize() -> [UInt8]
}

/// Makes hashers. Implemented in VConCrypto on OpenSSL; VConModel and VConBundle only see this protocol.
public protocol Digesting: Sendable {
    /// A fresh hasher for `algorithm`.
    func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher
}

extension Digesting {
    /// The digest of bytes held in memory.
    public func digest(_ algorithm: HashAlgorithm, of bytes: some Collection<UInt8>) -> [UInt8] {
        let hasher = makeHasher(algorithm)
        let array = Array(bytes)
        array.withUnsafeBytes { hasher.update($0) }
        return hasher.finalize()
    }
}
