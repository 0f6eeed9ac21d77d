internal import COpenSSL

/// A symmetric cipher operation (`EVP_CIPHER_CTX`), freed with `EVP_CIPHER_CTX_free`.
final class CipherContext {
    let ref: OpaquePointer  // <EVP_CIPHER_CTX>

    init() throws(OpenSSLError) {
        guard let ctx = EVP_CIPHER_CTX_new() else { throw OpenSSLError.drain("EVP_CIPHER_CTX_new") }
        ref = ctx
    }

    deinit { EVP_CIPHER_CTX_free(ref) }

    /// AES-CBC with PKCS#7 padding, decrypting (`EVP_DecryptInit_ex`, `EVP_aes_*_cbc`).
    static func aesCBCDecrypt(key: [UInt8], iv: [UInt8], ciphertext: [UInt8]) throws(OpenSSLError) -> [UInt8] {
        let cipher: OpaquePointer? =
            switch key.count {
            case 16: EVP_aes_128_cbc()
            case 24: EVP_aes_192_cbc()
            default: EVP_aes_256_cbc()
            }
        let ctx = try CipherContext()
        guard EVP_DecryptInit_ex(ctx.ref, cipher, nil, key, iv) == 1 else {
            throw OpenSSLError.drain("EVP_DecryptInit_ex (AES-CBC)")
        }
        return try ctx.run(ciphertext, finalOperation: "EVP_DecryptFinal_ex (AES-CBC padding)")
    }

    /// AES-GCM decryption; a wrong tag fails in `EVP_DecryptFinal_ex` and is reported as `nil`.
    static func aesGCMDecrypt(
        key: [UInt8], iv: [UInt8], aad: [UInt8], ciphertext: [UInt8], tag: [UInt8]
    ) throws(OpenSSLError) -> [UInt8]? {
        let cipher: OpaquePointer? =
            switch key.count {
            case 16: EVP_aes_128_gcm()
            case 24: EVP_aes_192_gcm()
            default: EVP_aes_256_gcm()
            }
        let ctx = try CipherContext()
        guard EVP_DecryptInit_ex(ctx.ref, cipher, nil, nil, nil) == 1,
            EVP_CIPHER_CTX_ctrl(ctx.ref, EVP_CTRL_GCM_SET_IVLEN, Int32(iv.count), nil) == 1,
            EVP_DecryptInit_ex(ctx.ref, nil, nil, key, iv) == 1
        else { throw OpenSSLError.drain("EVP_DecryptInit_ex (AES-GCM)") }
        var outLength: Int32 = 0
        if !aad.isEmpty {
            guard EVP_DecryptUpdate(ctx.ref, nil, &outLength, aad, Int32(aad.count)) == 1 else {
                throw OpenSSLError.drain("EVP_DecryptUpdate (GCM AAD)")
            }
        }
        var out = [UInt8](repeating: 0, count: ciphertext.count + 16)
        var total = 0
        if !ciphertext.isEmpty {
            guard EVP_DecryptUpdate(ctx.ref, &out, &outLength, ciphertext, Int32(ciphertext.count)) == 1 else {
                throw OpenSSLError.drain("EVP_DecryptUpdate (AES-GCM)")
            }
            total = Int(outLength)
        }
        var tagCopy = tag
        guard EVP_CIPHER_CTX_ctrl(ctx.ref, EVP_CTRL_GCM_SET_TAG, Int32(tagCopy.count), &tagCopy) == 1 else {
            throw OpenSSLError.drain("EVP_CIPHER_CTX_ctrl (GCM tag)")
        }
        let finalOK = out.withUnsafeMutableBufferPointer { buffer in
            EVP_DecryptFinal_ex(ctx.ref, buffer.baseAddress.map { $0 + total }, &outLength) == 1
        }
        guard finalOK else {
            OpenSSLError.drainQueue()
            return nil
        }
        return Array(out.prefix(total + Int(outLength)))
    }

    private func run(_ input: [UInt8], finalOperation: String) throws(OpenSSLError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: input.count + 32)
        var outLength: Int32 = 0
        var total = 0
        if !input.isEmpty {
            guard EVP_DecryptUpdate(ref, &out, &outLength, input, Int32(input.count)) == 1 else {
                throw OpenSSLError.drain("EVP_DecryptUpdate")
            }
            total = Int(outLength)
        }
        let finalOK = out.withUnsafeMutableBufferPointer { buffer in
            EVP_DecryptFinal_ex(ref, buffer.baseAddress.map { $0 + total }, &outLength) == 1
        }
        guard finalOK else { throw OpenSSLError.drain(finalOperation) }
        return Array(out.prefix(total + Int(outLength)))
    }
}
