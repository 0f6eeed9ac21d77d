internal import COpenSSL
import VConModel

/// JWE key management with an RSA private key (RFC 7518 §4.2, §4.3): `EVP_PKEY_decrypt`.
enum KeyUnwrapper {
    /// Decrypts the JWE Encrypted Key with `key`; throws when the padding check fails (wrong key, or tampered).
    static func unwrap(_ algorithm: KeyManagementAlgorithm, encryptedKey: [UInt8], key: PKey) throws(OpenSSLError) -> [UInt8] {
        guard let ctx = EVP_PKEY_CTX_new(key.ref, nil) else { throw OpenSSLError.drain("EVP_PKEY_CTX_new") }
        defer { EVP_PKEY_CTX_free(ctx) }
        guard EVP_PKEY_decrypt_init(ctx) == 1 else { throw OpenSSLError.drain("EVP_PKEY_decrypt_init") }
        switch algorithm {
        case .rsaOAEP:
            // RSA-OAEP is SHA-1 for both the label hash and MGF1 (OpenSSL's OAEP defaults).
            guard EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1 else {
                throw OpenSSLError.drain("EVP_PKEY_CTX_set_rsa_padding (OAEP)")
            }
        case .rsaOAEP256:
            guard EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1,
                EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) == 1,
                EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) == 1
            else { throw OpenSSLError.drain("EVP_PKEY_CTX_set_rsa_oaep_md (SHA-256)") }
        case .rsa1_5:
            guard EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1 else {
                throw OpenSSLError.drain("EVP_PKEY_CTX_set_rsa_padding (PKCS#1 v1.5)")
            }
        case .direct:
            throw OpenSSLError(operation: "dir uses no key wrapping", entries: [])
        }
        var length = 0
        guard EVP_PKEY_decrypt(ctx, nil, &length, encryptedKey, encryptedKey.count) == 1 else {
            throw OpenSSLError.drain("EVP_PKEY_decrypt (\(algorithm.rawValue))")
        }
        var out = [UInt8](repeating: 0, count: length)
        guard EVP_PKEY_decrypt(ctx, &out, &length, encryptedKey, encryptedKey.count) == 1 else {
            throw OpenSSLError.drain("EVP_PKEY_decrypt (\(algorithm.rawValue))")
        }
        return Array(out.prefix(length))
    }
}
