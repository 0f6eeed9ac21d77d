internal import COpenSSL
import VConModel

/// JWE content decryption (RFC 7518 §5.2 AES-CBC + HMAC-SHA-2, §5.3 AES-GCM) with a known content key.
enum ContentDecryptor {
    /// Why content did not decrypt.
    enum Failure: Error {
        /// The tag does not authenticate AAD, IV and ciphertext under this key.
        case tagMismatch
        /// The tag was right but the plaintext padding is not (cannot happen with an honest sender).
        case badPadding(String)
        case openSSL(OpenSSLError)
    }

    static func decrypt(
        _ enc: ContentEncryptionAlgorithm, key: [UInt8], iv: [UInt8], aad: [UInt8],
        ciphertext: [UInt8], tag: [UInt8]
    ) throws(Failure) -> [UInt8] {
        if enc.isCBCHMAC {
            return try cbcHMAC(enc, key: key, iv: iv, aad: aad, ciphertext: ciphertext, tag: tag)
        }
        do {
            guard let plain = try CipherContext.aesGCMDecrypt(key: key, iv: iv, aad: aad, ciphertext: ciphertext, tag: tag)
            else { throw Failure.tagMismatch }
            return plain
        } catch let error as OpenSSLError {
            throw .openSSL(error)
        } catch {
            throw .tagMismatch
        }
    }

    /// RFC 7518 §5.2.2.2: MAC over AAD ‖ IV ‖ ciphertext ‖ AL (AAD bit length, 64-bit big-endian),
    /// compared in constant time before anything is decrypted.
    private static func cbcHMAC(
        _ enc: ContentEncryptionAlgorithm, key: [UInt8], iv: [UInt8], aad: [UInt8],
        ciphertext: [UInt8], tag: [UInt8]
    ) throws(Failure) -> [UInt8] {
        let half = key.count / 2
        let macKey = Array(key[..<half])
        let encKey = Array(key[half...])
        let aadBits = UInt64(aad.count) * 8
        var macInput = aad
        macInput.reserveCapacity(aad.count + iv.count + ciphertext.count + 8)
        macInput += iv
        macInput += ciphertext
        for shift in stride(from: 56, through: 0, by: -8) { macInput.append(UInt8(truncatingIfNeeded: aadBits >> UInt64(shift))) }
        let md = DigestContext.md(enc.macHash ?? .sha512)
        var mac = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var macLength: UInt32 = 0
        guard HMAC(md, macKey, Int32(macKey.count), macInput, macInput.count, &mac, &macLength) != nil else {
            throw .openSSL(OpenSSLError.drain("HMAC"))
        }
        let expected = Array(mac.prefix(Int(macLength) / 2))
        guard expected.count == tag.count, CRYPTO_memcmp(expected, tag, tag.count) == 0 else {
            throw .tagMismatch
        }
        do {
            return try CipherContext.aesCBCDecrypt(key: encKey, iv: iv, ciphertext: ciphertext)
        } catch {
            throw .badPadding(error.description)
        }
    }
}
