internal import COpenSSL
import Foundation
import VConModel

/// One X.509 certificate (`X509`), freed with `X509_free`.
public final class Certificate: @unchecked Sendable {
    // Immutable after init; only read through OpenSSL getters.
    let ref: OpaquePointer  // <X509>

    /// Adopts a certificate the caller owns.
    init(takingOwnership ref: OpaquePointer) {
        self.ref = ref
    }

    deinit { X509_free(ref) }

    /// Parses DER (`d2i_X509`), e.g. one `x5c` entry after standard-base64 decoding.
    public convenience init(der: [UInt8]) throws(OpenSSLError) {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
        guard let parsed else { throw OpenSSLError.drain("d2i_X509") }
        self.init(takingOwnership: parsed)
    }

    /// Reads every certificate in a PEM text (`PEM_read_bio_X509` until the end); throws if there is none.
    public static func allFromPEM(_ pem: [UInt8]) throws(OpenSSLError) -> [Certificate] {
        let bio = try MemoryBIO(pem)
        var certificates: [Certificate] = []
        while let x509 = PEM_read_bio_X509(bio.ref, nil, nil, nil) {
            certificates.append(Certificate(takingOwnership: x509))
        }
        // The loop always ends with a "no start line" entry; only an empty result is an error.
        let leftovers = OpenSSLError.drainQueue()
        if certificates.isEmpty {
            throw OpenSSLError(operation: "PEM_read_bio_X509 (no certificate found)", entries: leftovers)
        }
        return certificates
    }

    /// The subject public key (`X509_get_pubkey`).
    public func publicKey() throws(OpenSSLError) -> PKey {
        guard let key = X509_get_pubkey(ref) else { throw OpenSSLError.drain("X509_get_pubkey") }
        return PKey(takingOwnership: key)
    }

    /// Subject DN in RFC 2253 order (CN first).
    public var subject: String { Self.text(of: X509_get_subject_name(ref)) }
    public var issuer: String { Self.text(of: X509_get_issuer_name(ref)) }

    /// True when subject and issuer names are equal (a root, or a same-DN impostor).
    public var isSelfIssued: Bool {
        X509_NAME_cmp(X509_get_subject_name(ref), X509_get_issuer_name(ref)) == 0
    }

    /// 1 for X.509 v1, 3 for v3 (`X509_get_version` counts from 0).
    public var version: Int { Int(X509_get_version(ref)) + 1 }

    /// basicConstraints CA flag, or nil when the extension is absent.
    public var isCA: Bool? {
        var critical: Int32 = 0
        guard let raw = X509_get_ext_d2i(ref, NID_basic_constraints, &critical, nil) else {
            OpenSSLError.drainQueue()
            return nil
        }
        let constraints = raw.assumingMemoryBound(to: BASIC_CONSTRAINTS.self)
        defer { BASIC_CONSTRAINTS_free(constraints) }
        return constraints.pointee.ca != 0
    }

    /// Serial number as upper-case hex.
    public var serialHex: String {
        guard let serial = X509_get0_serialNumber(ref), let bn = ASN1_INTEGER_to_BN(serial, nil) else { return "?" }
        defer { BN_free(bn) }
        guard let hex = BN_bn2hex(bn) else { return "?" }
        defer { cossl_free(hex) }
        return String(cString: hex)
    }

    public var notBefore: Date { Self.date(X509_get0_notBefore(ref)) }
    public var notAfter: Date { Self.date(X509_get0_notAfter(ref)) }

    /// True when `issuerKey` verifies this certificate's signature (`X509_verify`).
    public func isSigned(by issuerKey: PKey) -> Bool {
        let ok = X509_verify(ref, issuerKey.ref) == 1
        OpenSSLError.drainQueue()
        return ok
    }

    /// The certificate as a pure summary for the model.
    public func summary() -> CertificateSummary {
        let key = try? publicKey()
        return CertificateSummary(
            subject: subject, issuer: issuer, serial: serialHex, notBefore: notBefore, notAfter: notAfter,
            keyType: key.map { $0.isRSA ? "RSA" : $0.summary } ?? "unknown", keyBits: key?.bits ?? 0,
            version: version, isCA: isCA, selfIssued: isSelfIssued)
    }

    /// The DER encoding (`i2d_X509`).
    public var der: [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        let length = i2d_X509(ref, &out)
        guard length > 0, let out else { return [] }
        defer { cossl_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(length)))
    }

    /// An X509_NAME as RFC 2253 text with UTF-8 kept (`X509_NAME_print_ex`).
    static func name(_ name: OpaquePointer?) -> String { text(of: name) }

    private static func text(of name: OpaquePointer?) -> String {
        guard let name, let bio = BIO_new(BIO_s_mem()) else { return "?" }
        defer { BIO_free(bio) }
        X509_NAME_print_ex(bio, name, 0, cossl_xn_flags_rfc2253_utf8())
        var data: UnsafeMutablePointer<CChar>?
        let length = cossl_BIO_get_mem_data(bio, &data)
        guard length > 0, let data else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    private static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date {
        guard let time else { return Date(timeIntervalSince1970: 0) }
        var parts = tm()
        guard ASN1_TIME_to_tm(time, &parts) == 1 else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
