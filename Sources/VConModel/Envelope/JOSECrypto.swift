import Foundation

/// The cryptography the envelope stack needs, behind a protocol so that VConModel stays pure.
///
/// VConCrypto implements it on OpenSSL (`OpenSSLJOSE`); the keys, trust anchors and local `x5u`
/// copies live in the implementation, so the model never holds key material.
public protocol JOSECrypto: Sendable {
    /// Hashers for content hashes.
    var digests: any Digesting { get }

    /// Checks one JWS signature over `signingInput` with the key named by `keySource`, and
    /// examines the certificate chain (if any) against the trust anchors at time `now`.
    func verifySignature(
        algorithm: JWSAlgorithm, signingInput: [UInt8], signature: [UInt8],
        keySource: SigningKeySource, now: Date
    ) -> SignatureCheck

    /// Opens one JWE recipient: unwraps the content key with each supplied key in turn and
    /// decrypts the content; the first key that yields an authentic plaintext wins.
    func decrypt(_ request: JWEDecryptRequest) -> JWEDecryptOutcome
}

/// Where the key that checks a signature comes from.
public enum SigningKeySource: Sendable, Equatable {
    /// The `x5c` header: DER certificates, leaf first (already decoded from standard base64).
    case x5c([[UInt8]])
    /// The `x5u` header: a URL, never fetched; only a local copy supplied by the user is used.
    case x5u(String)
    /// PEM certificates found in the file itself (a STIR `stir-certificate` attachment), with where they came from.
    case certificatePEM(String, origin: String)
    /// No key in the header: only public keys the user pinned can check it.
    case none
}

/// The result of checking one signature.
public struct SignatureCheck: Sendable {
    /// Whether the signature bytes verify.
    public enum Outcome: Sendable, Equatable {
        case valid
        case invalid(String)
        case cannotCheck(String)
    }

    public var outcome: Outcome
    /// The key that checked it, in words ("RSA 2048-bit key of x5c[0]", "pinned key vconlib.pem").
    public var keyDescription: String?
    /// The certificate chain and its validation, when the key came from certificates.
    public var chain: ChainReport?
    /// Set when the key was one the user pinned (supplied directly): names it.
    public var pinnedKey: String?

    public init(outcome: Outcome, keyDescription: String? = nil, chain: ChainReport? = nil, pinnedKey: String? = nil) {
        self.outcome = outcome
        self.keyDescription = keyDescription
        self.chain = chain
        self.pinnedKey = pinnedKey
    }
}

/// One JWE recipient to open.
public struct JWEDecryptRequest: Sendable {
    public var keyManagement: KeyManagementAlgorithm
    public var contentEncryption: ContentEncryptionAlgorithm
    public var encryptedKey: [UInt8]
    public var iv: [UInt8]
    /// The additional authenticated data of RFC 7516 §5.1 step 14 (ASCII of protected header [+ "." + aad]).
    public var aad: [UInt8]
    public var ciphertext: [UInt8]
    public var tag: [UInt8]

    public init(
        keyManagement: KeyManagementAlgorithm, contentEncryption: ContentEncryptionAlgorithm,
        encryptedKey: [UInt8], iv: [UInt8], aad: [UInt8], ciphertext: [UInt8], tag: [UInt8]
    ) {
        self.keyManagement = keyManagement
        self.contentEncryption = contentEncryption
        self.encryptedKey = encryptedKey
        self.iv = iv
        self.aad = aad
        self.ciphertext = ciphertext
        self.tag = tag
    }
}

/// What happened when opening one JWE recipient.
public enum JWEDecryptOutcome: Sendable {
    /// Opened; `key` names the key that did it; `warnings` e.g. for RSA1_5.
    case decrypted(plaintext: [UInt8], key: String, warnings: [String])
    /// No key of a usable kind was supplied: the content stays encrypted.
    case noKeys(String)
    /// Keys were supplied but none unwraps the content key.
    case wrongKey(String)
    /// A content key was unwrapped but the tag does not authenticate the content.
    case authenticationFailed(String)
    /// Anything else (bad padding after a good tag, an OpenSSL failure), in words.
    case failed(String)
}
