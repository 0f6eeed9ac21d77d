import Foundation

/// What one X.509 certificate says, for the chain display.
public struct CertificateSummary: Sendable, Equatable {
    /// Subject DN, RFC 2253 order (CN first). Untrusted text: sanitise before display.
    public var subject: String
    public var issuer: String
    /// Serial number in upper-case hex.
    public var serial: String
    public var notBefore: Date
    public var notAfter: Date
    /// "RSA", "EC P-256", "Ed25519", ...
    public var keyType: String
    public var keyBits: Int
    /// X.509 version as people say it: 1 or 3.
    public var version: Int
    /// basicConstraints CA flag; nil when the certificate has no basicConstraints (every v1 certificate).
    public var isCA: Bool?
    /// Subject equals issuer.
    public var selfIssued: Bool

    public init(
        subject: String, issuer: String, serial: String, notBefore: Date, notAfter: Date,
        keyType: String, keyBits: Int, version: Int, isCA: Bool?, selfIssued: Bool
    ) {
        self.subject = subject
        self.issuer = issuer
        self.serial = serial
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.keyType = keyType
        self.keyBits = keyBits
        self.version = version
        self.isCA = isCA
        self.selfIssued = selfIssued
    }
}

/// Whether certificate `index` carries a valid signature from the next certificate's key
/// (or, for the last one, from a trust anchor or itself) — checked independently of path validation.
public struct ChainLink: Sendable, Equatable {
    public var index: Int
    /// Who was checked as the signer, in words ("x5c[1] CN=div.fakevcon.io", "trust anchor CN=fakevcon.io", "itself").
    public var signer: String
    /// nil when no candidate signer is available to check against.
    public var signatureValid: Bool?

    public init(index: Int, signer: String, signatureValid: Bool?) {
        self.index = index
        self.signer = signer
        self.signatureValid = signatureValid
    }
}

/// The X.509 path validation result (OpenSSL `X509_verify_cert`).
public enum PathValidation: Sendable, Equatable {
    /// Validated up to this anchor (its subject).
    case trusted(anchor: String)
    /// Rejected: OpenSSL's own reason (`X509_verify_cert_error_string`), depth and subject of the failing certificate,
    /// and our explanation when we know more (e.g. "v1 intermediate").
    case rejected(reason: String, depth: Int?, subject: String?, explanation: String?)
    /// Not checked, and why (no trust anchors given).
    case notChecked(String)
}

/// A certificate chain as the signature named it, and what holds of it.
public struct ChainReport: Sendable, Equatable {
    /// Where the chain came from ("x5c", "x5u https://… via local file …", "stir-certificate attachment").
    public var source: String
    public var certificates: [CertificateSummary]
    public var links: [ChainLink]
    public var pathValidation: PathValidation

    public init(source: String, certificates: [CertificateSummary], links: [ChainLink], pathValidation: PathValidation) {
        self.source = source
        self.certificates = certificates
        self.links = links
        self.pathValidation = pathValidation
    }

    /// True when every link could be checked and is valid.
    public var allLinkSignaturesValid: Bool {
        !links.isEmpty && links.allSatisfy { $0.signatureValid == true }
    }
}
