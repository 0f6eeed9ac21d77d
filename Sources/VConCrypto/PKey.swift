internal import COpenSSL

/// An OpenSSL key (`EVP_PKEY`), public or private; freed with `EVP_PKEY_free`.
public final class PKey: @unchecked Sendable {
    // Immutable after init and only read through const OpenSSL calls, which are thread-safe.
    let ref: OpaquePointer  // <EVP_PKEY>

    /// True when this object holds a private key (it was read from a private key PEM).
    public let hasPrivatePart: Bool

    /// Adopts a key the caller owns; it is freed when this object goes.
    init(takingOwnership ref: OpaquePointer, isPrivate: Bool = false) {
        self.ref = ref
        self.hasPrivatePart = isPrivate
    }

    deinit { EVP_PKEY_free(ref) }

    /// Reads a private key from PEM (`PEM_read_bio_PrivateKey`).
    ///
    /// The passphrase callback refuses, so an encrypted key fails with a clear error instead of prompting on the TTY.
    public static func privateKey(pem: [UInt8]) throws(OpenSSLError) -> PKey {
        let bio = try MemoryBIO(pem)
        guard let key = PEM_read_bio_PrivateKey(bio.ref, nil, { _, _, _, _ in 0 }, nil) else {
            throw OpenSSLError.drain("PEM_read_bio_PrivateKey")
        }
        return PKey(takingOwnership: key, isPrivate: true)
    }

    /// Reads a public key from PEM (`PEM_read_bio_PUBKEY`, SubjectPublicKeyInfo).
    public static func publicKey(pem: [UInt8]) throws(OpenSSLError) -> PKey {
        let bio = try MemoryBIO(pem)
        guard let key = PEM_read_bio_PUBKEY(bio.ref, nil, nil, nil) else {
            throw OpenSSLError.drain("PEM_read_bio_PUBKEY")
        }
        return PKey(takingOwnership: key)
    }

    /// The key algorithm as OpenSSL names it ("RSA", "EC", "ED25519", "RSA-PSS").
    public var typeName: String {
        guard let name = EVP_PKEY_get0_type_name(ref) else { return "unknown" }
        return String(cString: name)
    }

    /// True for an RSA key (plain or RSA-PSS restricted).
    var isRSA: Bool { EVP_PKEY_is_a(ref, "RSA") == 1 || EVP_PKEY_is_a(ref, "RSA-PSS") == 1 }
    var isEC: Bool { EVP_PKEY_is_a(ref, "EC") == 1 }
    var isEd25519: Bool { EVP_PKEY_is_a(ref, "ED25519") == 1 }

    /// Key size in bits (`EVP_PKEY_get_bits`).
    public var bits: Int { Int(EVP_PKEY_get_bits(ref)) }

    /// The EC curve in JOSE spelling ("P-256"), or nil for non-EC keys.
    public var curveName: String? {
        guard isEC else { return nil }
        var buffer = [CChar](repeating: 0, count: 64)
        var length = 0
        guard EVP_PKEY_get_group_name(ref, &buffer, buffer.count, &length) == 1 else { return nil }
        let name = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch name {
        case "prime256v1", "P-256", "secp256r1": return "P-256"
        case "secp384r1", "P-384": return "P-384"
        case "secp521r1", "P-521": return "P-521"
        default: return name
        }
    }

    /// Human wording of the key: "RSA 2048-bit", "EC P-256", "Ed25519".
    public var summary: String {
        if isEC { return "EC \(curveName ?? "?")" }
        if isEd25519 { return "Ed25519" }
        if isRSA { return "RSA \(bits)-bit" }
        return "\(typeName) \(bits)-bit"
    }

    /// True when both keys have the same public part (`EVP_PKEY_eq`).
    public func samePublicKey(as other: PKey) -> Bool {
        let equal = EVP_PKEY_eq(ref, other.ref) == 1
        OpenSSLError.drainQueue()
        return equal
    }
}
