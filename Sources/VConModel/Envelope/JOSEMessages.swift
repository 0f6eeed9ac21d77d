/// A JWS in any serialization, reduced to what verification needs.
struct JWSMessage {
    /// One signature: its protected header text as written, unprotected header, and signature text.
    struct Signature {
        var protectedText: String?
        var header: JSONValue?
        var signatureText: String
    }

    var payloadText: String
    var signatures: [Signature]
    /// Human name of the serialization.
    var form: String
    /// vcon-lib hybrid: the unsigned members kept beside `payload`/`signatures`.
    var outerCopy: JSONValue?
    var notes: [EnvelopeNote] = []

    /// General or flattened JSON (RFC 7515 §7.2); nil when `root` is not a JWS.
    static func parse(json root: JSONValue) -> Result<JWSMessage, JOSEFormatError>? {
        guard root.isObject, let payload = root["payload"] else { return nil }
        guard let payloadText = payload.string else {
            return .failure(JOSEFormatError("\"payload\" is not a string"))
        }
        if let list = root["signatures"] {
            guard list.isArray, list.count > 0 else {
                return .failure(JOSEFormatError("\"signatures\" is not a non-empty array"))
            }
            var signatures: [Signature] = []
            for (i, entry) in list.elements.enumerated() {
                guard entry.isObject, let signature = entry["signature"]?.string else {
                    return .failure(JOSEFormatError("signatures[\(i)] has no \"signature\" string"))
                }
                signatures.append(Signature(protectedText: entry["protected"]?.string, header: entry["header"], signatureText: signature))
            }
            let hybridKeys = root.keys.filter { !["payload", "signatures"].contains($0) }
            let hybrid = hybridKeys.contains { vconMemberNames.contains($0) }
            return .success(
                JWSMessage(
                    payloadText: payloadText, signatures: signatures,
                    form: hybrid ? "General JSON with an unsigned copy (vcon-lib hybrid)" : "General JSON",
                    outerCopy: hybrid ? root : nil))
        }
        guard let signature = root["signature"]?.string else { return nil }
        return .success(
            JWSMessage(
                payloadText: payloadText,
                signatures: [Signature(protectedText: root["protected"]?.string, header: root["header"], signatureText: signature)],
                form: "flattened JSON", outerCopy: nil))
    }

    /// Compact serialization `protected.payload.signature`.
    static func parse(compact parts: [Substring]) -> JWSMessage {
        JWSMessage(
            payloadText: String(parts[1]),
            signatures: [Signature(protectedText: String(parts[0]), header: nil, signatureText: String(parts[2]))],
            form: "compact")
    }

    /// Top-level names that mark an object as a vCon (any generation).
    static let vconMemberNames: Set<String> = [
        "vcon", "uuid", "parties", "dialog", "analysis", "attachments", "created_at", "group", "redacted", "amended", "appended",
    ]
}

/// A JWE in any serialization, reduced to what decryption needs.
struct JWEMessage {
    struct Recipient {
        var header: JSONValue?
        var encryptedKeyText: String
    }

    var protectedText: String?
    var sharedUnprotected: JSONValue?
    var recipients: [Recipient]
    var ivText: String
    var ciphertextText: String
    var tagText: String
    var aadText: String?
    var form: String
    var notes: [EnvelopeNote] = []

    /// General or flattened JSON (RFC 7516 §7.2), with the legacy `cyphertext` spelling; nil when not a JWE.
    static func parse(json root: JSONValue) -> Result<JWEMessage, JOSEFormatError>? {
        guard root.isObject, root["ciphertext"] != nil || root["cyphertext"] != nil else { return nil }
        var notes: [EnvelopeNote] = []
        let legacy = root["ciphertext"] == nil
        if legacy {
            notes.append(EnvelopeNote(.info, "uses the early drafts' member name \"cyphertext\"; read as \"ciphertext\""))
        }
        guard let ciphertext = (root["ciphertext"] ?? root["cyphertext"])?.string else {
            return .failure(JOSEFormatError("the ciphertext is not a string"))
        }
        guard let iv = root["iv"]?.string else { return .failure(JOSEFormatError("no \"iv\" string")) }
        guard let tag = root["tag"]?.string else { return .failure(JOSEFormatError("no \"tag\" string")) }
        var recipients: [Recipient] = []
        var form: String
        if let list = root["recipients"] {
            guard list.isArray, list.count > 0 else {
                return .failure(JOSEFormatError("\"recipients\" is not a non-empty array"))
            }
            for entry in list.elements {
                recipients.append(Recipient(header: entry["header"], encryptedKeyText: entry["encrypted_key"]?.string ?? ""))
            }
            form = "General JSON"
        } else {
            recipients = [Recipient(header: root["header"], encryptedKeyText: root["encrypted_key"]?.string ?? "")]
            form = "flattened JSON"
        }
        if legacy { form += " (legacy cyphertext)" }
        return .success(
            JWEMessage(
                protectedText: root["protected"]?.string, sharedUnprotected: root["unprotected"], recipients: recipients,
                ivText: iv, ciphertextText: ciphertext, tagText: tag, aadText: root["aad"]?.string, form: form, notes: notes))
    }

    /// Compact serialization `protected.encrypted_key.iv.ciphertext.tag`.
    static func parse(compact parts: [Substring]) -> JWEMessage {
        JWEMessage(
            protectedText: String(parts[0]), sharedUnprotected: nil,
            recipients: [Recipient(header: nil, encryptedKeyText: String(parts[1]))],
            ivText: String(parts[2]), ciphertextText: String(parts[3]), tagText: String(parts[4]), aadText: nil, form: "compact")
    }
}

/// Splits compact JOSE text (base64url parts joined by dots), or nil when `bytes` is not that.
func compactJOSEParts(_ bytes: [UInt8]) -> [Substring]? {
    var slice = bytes[...]
    while let last = slice.last, last == 0x0A || last == 0x0D || last == 0x20 { slice = slice.dropLast() }
    while let first = slice.first, first == 0x0A || first == 0x0D || first == 0x20 { slice = slice.dropFirst() }
    guard !slice.isEmpty, slice.allSatisfy({ isBase64URLByte($0) || $0 == UInt8(ascii: ".") }) else { return nil }
    let text = String(decoding: slice, as: UTF8.self)
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3 || parts.count == 5 ? parts : nil
}

func isBase64URLByte(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"):
        true
    default: false
    }
}

/// Strict JOSE base64url decoding: the lenient decoder's bytes, plus a note when the text was not canonical.
func decodeJOSEField(_ text: String, name: String, notes: inout [EnvelopeNote]) -> [UInt8]? {
    switch Base64.decode(Array(text.utf8)) {
    case .success(let decoded):
        if !decoded.leniency.isDisjoint(with: [.padding, .standardAlphabet, .whitespace]) {
            notes.append(EnvelopeNote(.warning, "\(name) is not unpadded base64url (RFC 7515 §2); accepted"))
        }
        return decoded.bytes
    case .failure:
        return nil
    }
}

/// Why a JOSE object is malformed (a member missing or of the wrong type).
struct JOSEFormatError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
