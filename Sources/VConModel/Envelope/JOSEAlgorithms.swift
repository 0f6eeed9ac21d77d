/// A JWS signature algorithm this reader can check (RFC 7518 §3, RFC 8037 for EdDSA).
public enum JWSAlgorithm: String, Sendable, CaseIterable {
    case rs256 = "RS256", rs384 = "RS384", rs512 = "RS512"
    case ps256 = "PS256", ps384 = "PS384", ps512 = "PS512"
    case es256 = "ES256", es384 = "ES384", es512 = "ES512"
    case edDSA = "EdDSA"

    /// The key family the algorithm needs.
    public enum Family: Sendable, Equatable {
        case rsaPKCS1, rsaPSS
        /// ECDSA on a named curve whose coordinates are `coordinateBytes` long (R‖S is twice that).
        case ecdsa(curve: String, coordinateBytes: Int)
        case edDSA
    }

    public var family: Family {
        switch self {
        case .rs256, .rs384, .rs512: .rsaPKCS1
        case .ps256, .ps384, .ps512: .rsaPSS
        case .es256: .ecdsa(curve: "P-256", coordinateBytes: 32)
        case .es384: .ecdsa(curve: "P-384", coordinateBytes: 48)
        case .es512: .ecdsa(curve: "P-521", coordinateBytes: 66)
        case .edDSA: .edDSA
        }
    }

    /// The message digest, or nil for EdDSA (which hashes internally).
    public var hash: HashAlgorithm? {
        switch self {
        case .rs256, .ps256, .es256: .sha256
        case .rs384, .ps384, .es384: .sha384
        case .rs512, .ps512, .es512: .sha512
        case .edDSA: nil
        }
    }
}

/// What the reader makes of a JWS `alg` header value before any key is touched.
public enum JWSAlgorithmPolicy {
    /// The algorithm to check with, or the plain reason it is refused (`invalid`) or unsupported (`cannot check`).
    public enum Decision: Sendable, Equatable {
        case check(JWSAlgorithm)
        /// Never acceptable for a vCon signature: the signature is invalid.
        case refuse(String)
        /// A real asymmetric algorithm this reader does not implement: cannot check.
        case unsupported(String)
    }

    public static func decide(_ alg: String?) -> Decision {
        guard let alg else { return .refuse("no \"alg\" header: the signature cannot be interpreted") }
        if let known = JWSAlgorithm(rawValue: alg) { return .check(known) }
        if alg.lowercased() == "none" {
            return .refuse("alg \"none\" means unsigned: a vCon signature must be an asymmetric signature, so it is never accepted")
        }
        if alg.hasPrefix("HS") {
            return .refuse(
                "alg \(alg) is a shared-secret MAC, not a signature: anyone holding the secret (possibly the public key) can forge it, so a vCon signature is never accepted with it"
            )
        }
        return .unsupported("cannot check: unsupported signature algorithm \"\(alg)\"")
    }
}

/// A JWE key-management algorithm (RFC 7518 §4).
public enum KeyManagementAlgorithm: String, Sendable, CaseIterable {
    /// RSAES-OAEP with SHA-1 and MGF1-SHA-1 (the spec's SHOULD).
    case rsaOAEP = "RSA-OAEP"
    /// RSAES-OAEP with SHA-256 and MGF1-SHA-256.
    case rsaOAEP256 = "RSA-OAEP-256"
    /// RSAES-PKCS1-v1_5: legacy, open to padding-oracle attacks; accepted with a warning.
    case rsa1_5 = "RSA1_5"
    /// A shared symmetric key used directly as the content key.
    case direct = "dir"
}

/// A JWE content-encryption algorithm (RFC 7518 §5).
public enum ContentEncryptionAlgorithm: String, Sendable, CaseIterable {
    case a128CBCHS256 = "A128CBC-HS256", a192CBCHS384 = "A192CBC-HS384", a256CBCHS512 = "A256CBC-HS512"
    case a128GCM = "A128GCM", a192GCM = "A192GCM", a256GCM = "A256GCM"

    /// True for AES-CBC + HMAC-SHA-2 (RFC 7518 §5.2), false for AES-GCM.
    public var isCBCHMAC: Bool {
        switch self {
        case .a128CBCHS256, .a192CBCHS384, .a256CBCHS512: true
        case .a128GCM, .a192GCM, .a256GCM: false
        }
    }

    /// Content key length in bytes (for CBC-HMAC: MAC key and encryption key together).
    public var keyByteCount: Int {
        switch self {
        case .a128CBCHS256: 32
        case .a192CBCHS384: 48
        case .a256CBCHS512: 64
        case .a128GCM: 16
        case .a192GCM: 24
        case .a256GCM: 32
        }
    }

    /// The IV length the algorithm defines (16 for CBC, 12 for GCM).
    public var ivByteCount: Int { isCBCHMAC ? 16 : 12 }

    /// The authentication tag length (half the HMAC output for CBC-HMAC, 16 for GCM).
    public var tagByteCount: Int { isCBCHMAC ? keyByteCount / 2 : 16 }

    /// The HMAC hash for CBC-HMAC (nil for GCM).
    public var macHash: HashAlgorithm? {
        switch self {
        case .a128CBCHS256: .sha256
        case .a192CBCHS384: .sha384
        case .a256CBCHS512: .sha512
        case .a128GCM, .a192GCM, .a256GCM: nil
        }
    }
}
