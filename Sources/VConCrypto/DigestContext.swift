internal import COpenSSL
import VConModel

/// An incremental message digest (`EVP_MD_CTX`), freed with `EVP_MD_CTX_free`.
public final class DigestContext: StreamingHasher {
    // nil only if allocation failed; then every call is a no-op and the digest is empty (never matches).
    private let ref: OpaquePointer?  // <EVP_MD_CTX>
    private var ok: Bool

    /// Starts a digest (`EVP_DigestInit_ex`).
    public init(_ algorithm: HashAlgorithm) {
        ref = EVP_MD_CTX_new()
        ok = ref != nil && EVP_DigestInit_ex(ref, Self.md(algorithm), nil) == 1
    }

    deinit { EVP_MD_CTX_free(ref) }

    /// Adds bytes (`EVP_DigestUpdate`).
    public func update(_ bytes: UnsafeRawBufferPointer) {
        guard ok, !bytes.isEmpty else { return }
        ok = EVP_DigestUpdate(ref, bytes.baseAddress, bytes.count) == 1
    }

    /// Ends the digest (`EVP_DigestFinal_ex`); an OpenSSL failure yields an empty array, which never matches.
    public func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var written: UInt32 = 0
        guard ok, EVP_DigestFinal_ex(ref, &out, &written) == 1 else {
            OpenSSLError.drainQueue()
            return []
        }
        return Array(out.prefix(Int(written)))
    }

    /// The OpenSSL digest for an algorithm (`EVP_sha256` and friends).
    static func md(_ algorithm: HashAlgorithm) -> OpaquePointer? {
        switch algorithm {
        case .sha256: EVP_sha256()
        case .sha384: EVP_sha384()
        case .sha512: EVP_sha512()
        }
    }
}

/// `Digesting` on OpenSSL EVP digests.
public struct OpenSSLDigester: Digesting {
    public init() {}

    public func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher {
        DigestContext(algorithm)
    }
}
