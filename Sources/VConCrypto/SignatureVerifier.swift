internal import COpenSSL
import VConModel

/// JWS signature verification with one public key (`EVP_DigestVerify*`).
enum SignatureVerifier {
    /// The result for one key.
    enum Result: Equatable {
        case valid
        /// The signature does not verify, in plain words.
        case invalid(String)
    }

    static func verify(_ algorithm: JWSAlgorithm, input: [UInt8], signature: [UInt8], key: PKey) -> Result {
        if let mismatch = keyMismatch(algorithm, key: key) { return .invalid(mismatch) }
        if signature.isEmpty { return .invalid("the signature is empty") }
        var signatureBytes = signature
        if case .ecdsa(_, let size) = algorithm.family {
            // JWS carries ECDSA as raw R‖S (RFC 7518 §3.4); OpenSSL wants a DER ECDSA-Sig-Value.
            guard signature.count == 2 * size else {
                return .invalid(
                    "\(algorithm.rawValue) signature is \(signature.count) bytes, expected \(2 * size) (R‖S): truncated or malformed")
            }
            guard let der = derECDSASignature(raw: signature, coordinateBytes: size) else {
                return .invalid("cannot encode the ECDSA signature")
            }
            signatureBytes = der
        } else if key.isRSA, signature.count != (key.bits + 7) / 8 {
            return .invalid(
                "signature is \(signature.count) bytes, but a \(key.bits)-bit RSA key makes \((key.bits + 7) / 8)-byte signatures: truncated or padded"
            )
        }
        guard let ctx = EVP_MD_CTX_new() else { return .invalid("OpenSSL could not allocate a digest context") }
        defer { EVP_MD_CTX_free(ctx) }
        var pctx: OpaquePointer?
        let md = algorithm.hash.flatMap { DigestContext.md($0) }
        guard EVP_DigestVerifyInit(ctx, &pctx, md, nil, key.ref) == 1 else {
            return .invalid(OpenSSLError.drain("EVP_DigestVerifyInit").description)
        }
        if algorithm.family == .rsaPSS {
            // RFC 7518 §3.5: salt length equals the hash length, MGF1 with the same hash.
            guard EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1,
                EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1,
                EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) == 1
            else { return .invalid(OpenSSLError.drain("RSA-PSS parameters").description) }
        }
        let ok = EVP_DigestVerify(ctx, signatureBytes, signatureBytes.count, input, input.count)
        // A mismatch queues only generic entries ("RSA lib"), so the queue is drained but not quoted.
        OpenSSLError.drainQueue()
        if ok == 1 { return .valid }
        return .invalid("signature does not match the signed data: tampered, or signed by another key")
    }

    /// Why this key cannot check this algorithm, or nil when it fits.
    static func keyMismatch(_ algorithm: JWSAlgorithm, key: PKey) -> String? {
        switch algorithm.family {
        case .rsaPKCS1, .rsaPSS:
            if !key.isRSA { return "\(algorithm.rawValue) needs an RSA key, but the key is \(key.summary)" }
            if key.bits < 2048 { return "\(algorithm.rawValue) key is only \(key.bits) bits; RFC 7518 requires at least 2048" }
        case .ecdsa(let curve, _):
            if !key.isEC || key.curveName != curve {
                return "\(algorithm.rawValue) needs an EC \(curve) key, but the key is \(key.summary)"
            }
        case .edDSA:
            if !key.isEd25519 { return "EdDSA needs an Ed25519 key, but the key is \(key.summary)" }
        }
        return nil
    }

    /// R‖S → DER `ECDSA-Sig-Value` (`ECDSA_SIG_set0`, `i2d_ECDSA_SIG`).
    private static func derECDSASignature(raw: [UInt8], coordinateBytes: Int) -> [UInt8]? {
        guard let sig = ECDSA_SIG_new() else { return nil }
        defer { ECDSA_SIG_free(sig) }
        guard let r = BN_bin2bn(raw, Int32(coordinateBytes), nil) else { return nil }
        guard let s = raw.withUnsafeBufferPointer({ BN_bin2bn($0.baseAddress.map { $0 + coordinateBytes }, Int32(coordinateBytes), nil) })
        else {
            BN_free(r)
            return nil
        }
        guard ECDSA_SIG_set0(sig, r, s) == 1 else {
            BN_free(r)
            BN_free(s)
            return nil
        }
        var out: UnsafeMutablePointer<UInt8>?
        let length = i2d_ECDSA_SIG(sig, &out)
        guard length > 0, let out else { return nil }
        defer { cossl_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(length)))
    }
}
