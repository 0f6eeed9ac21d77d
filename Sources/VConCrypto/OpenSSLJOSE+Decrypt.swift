import VConModel

extension OpenSSLJOSE {
    public func decrypt(_ request: JWEDecryptRequest) -> JWEDecryptOutcome {
        let enc = request.contentEncryption
        var candidates: [(label: String, cek: [UInt8])] = []
        var unwrapFailures: [String] = []
        var warnings: [String] = []
        switch request.keyManagement {
        case .direct:
            guard request.encryptedKey.isEmpty else {
                return .failed("alg dir must have an empty encrypted_key, but it has \(request.encryptedKey.count) bytes")
            }
            candidates = keys.symmetricKeys.filter { $0.key.count == enc.keyByteCount }.map { ($0.label, $0.key) }
            if candidates.isEmpty {
                return .noKeys("encrypted with a shared key (dir): supply a \(enc.keyByteCount)-byte symmetric key with --key")
            }
        case .rsaOAEP, .rsaOAEP256, .rsa1_5:
            if request.keyManagement == .rsa1_5 {
                warnings.append("RSA1_5 key wrapping is legacy and open to padding-oracle attacks (RFC 8725 §3.2)")
            }
            let rsaKeys = keys.privateKeys.filter { $0.key.isRSA }
            if rsaKeys.isEmpty {
                return .noKeys("encrypted (\(request.keyManagement.rawValue), \(enc.rawValue)): no RSA private key supplied (--key)")
            }
            for entry in rsaKeys {
                do {
                    let cek = try KeyUnwrapper.unwrap(request.keyManagement, encryptedKey: request.encryptedKey, key: entry.key)
                    if cek.count == enc.keyByteCount {
                        candidates.append((entry.label, cek))
                    } else {
                        unwrapFailures.append(
                            "\(entry.label): unwrapped a \(cek.count)-byte key, \(enc.rawValue) needs \(enc.keyByteCount)")
                    }
                } catch {
                    unwrapFailures.append("\(entry.label): \(error.lastReason ?? error.description)")
                }
            }
        }
        var tagFailures = 0
        for candidate in candidates {
            do throws(ContentDecryptor.Failure) {
                let plain = try ContentDecryptor.decrypt(
                    enc, key: candidate.cek, iv: request.iv, aad: request.aad,
                    ciphertext: request.ciphertext, tag: request.tag)
                return .decrypted(plaintext: plain, key: candidate.label, warnings: warnings)
            } catch {
                switch error {
                case .tagMismatch:
                    tagFailures += 1
                case .badPadding(let why):
                    return .failed("the tag is authentic but the plaintext padding is broken (\(why))")
                case .openSSL(let failure):
                    return .failed(failure.description)
                }
            }
        }
        if tagFailures > 0 {
            return .authenticationFailed("authentication tag mismatch: tampered, or the wrong key")
        }
        let tried = request.keyManagement == .direct ? keys.symmetricKeys.count : keys.privateKeys.filter { $0.key.isRSA }.count
        return .wrongKey(
            "wrong key: none of the \(tried) supplied key(s) unwraps the content key (\(request.keyManagement.rawValue): "
                + unwrapFailures.joined(separator: "; ") + ")")
    }
}
