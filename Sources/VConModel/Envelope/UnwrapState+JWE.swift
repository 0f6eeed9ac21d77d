extension UnwrapState {
    /// A JWE layer: tries each recipient with the supplied keys; the plaintext is the next layer.
    mutating func jwe(_ message: JWEMessage, byteCount: Int) -> [UInt8]? {
        var layer = EnvelopeLayer(kind: .jwe, verdict: .encrypted, reason: "", form: message.form, byteCount: byteCount)
        layer.notes = message.notes
        var protectedValue: JSONValue?
        if let text = message.protectedText, !text.isEmpty {
            do {
                protectedValue = try JOSEHeaders.decodeProtected(text)
            } catch {
                return finish(&layer, .invalid, "invalid: \(error.message)")
            }
        }
        let shared = JOSEHeaders(protected: protectedValue, unprotected: message.sharedUnprotected.map { [(.unprotected, $0)] } ?? [])
        layer.headers = shared.entries
        layer.claimedUUID = shared.string("uuid")
        if let problem = shared.critProblem() { return finish(&layer, .invalid, "invalid: \(problem)") }
        if shared["zip"] != nil {
            return finish(&layer, .unreadable, "cannot read: \"zip\" compression inside JWE is not supported")
        }
        var notes = layer.notes
        guard let iv = decodeJOSEField(message.ivText, name: "iv", notes: &notes),
            let ciphertext = decodeJOSEField(message.ciphertextText, name: "ciphertext", notes: &notes),
            let tag = decodeJOSEField(message.tagText, name: "tag", notes: &notes)
        else { return finish(&layer, .invalid, "invalid: iv, ciphertext or tag is not base64url") }
        layer.notes = notes
        // RFC 7516 §5.1 step 14: AAD = ASCII(BASE64URL(protected)) [ "." BASE64URL(aad) ].
        var aad = Array((message.protectedText ?? "").utf8)
        if let extra = message.aadText { aad += Array(("." + extra).utf8) }

        var outcomes: [(index: Int, outcome: JWEDecryptOutcome)] = []
        var headerNotes: [EnvelopeNote] = shared.notes
        for (index, recipient) in message.recipients.enumerated() {
            var placements: [(HeaderEntry.Placement, JSONValue)] = message.sharedUnprotected.map { [(.unprotected, $0)] } ?? []
            if let header = recipient.header { placements.append((.recipient, header)) }
            let headers = JOSEHeaders(protected: protectedValue, unprotected: placements)
            for note in headers.notes where !headerNotes.contains(note) { headerNotes.append(note) }
            let algName = headers.string("alg")
            let encName = headers.string("enc")
            guard let alg = algName.flatMap(KeyManagementAlgorithm.init(rawValue:)) else {
                let why = "cannot open: unsupported key management \"\(algName ?? "(none)")\""
                layer.recipients.append(RecipientReport(index: index, algorithm: algName, opened: false, detail: why))
                outcomes.append((index, .noKeys(why)))
                continue
            }
            guard let enc = encName.flatMap(ContentEncryptionAlgorithm.init(rawValue:)) else {
                let why = "cannot open: unsupported content encryption \"\(encName ?? "(none)")\""
                layer.recipients.append(RecipientReport(index: index, algorithm: algName, opened: false, detail: why))
                outcomes.append((index, .noKeys(why)))
                continue
            }
            if let problem = Self.structureProblem(enc, iv: iv, ciphertext: ciphertext, tag: tag) {
                layer.notes += headerNotes
                return finish(&layer, .invalid, "invalid: \(problem)")
            }
            var encryptedKeyNotes: [EnvelopeNote] = []
            let encryptedKey = decodeJOSEField(recipient.encryptedKeyText, name: "encrypted_key", notes: &encryptedKeyNotes) ?? []
            let request = JWEDecryptRequest(
                keyManagement: alg, contentEncryption: enc, encryptedKey: encryptedKey, iv: iv, aad: aad,
                ciphertext: ciphertext, tag: tag)
            let outcome = context.crypto.decrypt(request)
            outcomes.append((index, outcome))
            if case .decrypted(let plaintext, let key, let warnings) = outcome {
                layer.recipients.append(RecipientReport(index: index, algorithm: alg.rawValue, opened: true, detail: "opened with \(key)"))
                layer.notes += headerNotes + warnings.map { EnvelopeNote(.warning, $0) }
                layer.verdict = .decrypted
                layer.reason = "decrypted with \(key) (\(alg.rawValue), \(enc.rawValue))"
                layers.append(layer)
                return plaintext
            }
            layer.recipients.append(RecipientReport(index: index, algorithm: alg.rawValue, opened: false, detail: Self.words(outcome)))
        }
        layer.notes += headerNotes
        let (verdict, reason) = Self.summarize(outcomes.map(\.outcome))
        return finish(&layer, verdict, reason)
    }

    private mutating func finish(_ layer: inout EnvelopeLayer, _ verdict: LayerVerdict, _ reason: String) -> [UInt8]? {
        layer.verdict = verdict
        layer.reason = reason
        layers.append(layer)
        return nil
    }

    /// Length checks that need no key: a truncated or mangled JWE is invalid whoever reads it.
    static func structureProblem(_ enc: ContentEncryptionAlgorithm, iv: [UInt8], ciphertext: [UInt8], tag: [UInt8]) -> String? {
        if enc.isCBCHMAC, iv.count != 16 {
            return "the IV is \(iv.count) bytes, \(enc.rawValue) needs 16"
        }
        if !enc.isCBCHMAC, iv.isEmpty { return "the IV is empty" }
        if tag.count != enc.tagByteCount {
            return "the authentication tag is \(tag.count) bytes, \(enc.rawValue) makes \(enc.tagByteCount): truncated or mangled"
        }
        if enc.isCBCHMAC, ciphertext.isEmpty || ciphertext.count % 16 != 0 {
            return "the ciphertext is \(ciphertext.count) bytes, not a whole number of 16-byte AES blocks: truncated"
        }
        if ciphertext.count >= Int(Int32.max) - 64 { return "the ciphertext is too large (\(ciphertext.count) bytes)" }
        return nil
    }

    static func words(_ outcome: JWEDecryptOutcome) -> String {
        switch outcome {
        case .decrypted(_, let key, _): "opened with \(key)"
        case .noKeys(let why), .wrongKey(let why), .authenticationFailed(let why), .failed(let why): why
        }
    }

    /// The layer verdict when no recipient opened: a failed tag is evidence (invalid); a missing or wrong key is not.
    static func summarize(_ outcomes: [JWEDecryptOutcome]) -> (LayerVerdict, String) {
        for outcome in outcomes {
            if case .authenticationFailed(let why) = outcome { return (.invalid, why) }
        }
        for outcome in outcomes {
            if case .failed(let why) = outcome { return (.invalid, "cannot decrypt: \(why)") }
        }
        for outcome in outcomes {
            if case .wrongKey(let why) = outcome { return (.encrypted, why) }
        }
        let first = outcomes.first.map(words) ?? "no recipients"
        return (.encrypted, first)
    }
}
