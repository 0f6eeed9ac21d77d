import VConModel

/// The envelope badges of UX.md's Security pane table, for the file and for each layer:
///
///     ✔ Authentic — signed by CN=…      [S] signed by CN=…
///     ? Unverified — why                [s?] why
///     ✖ Invalid signature — why         [S!] why
///     🔒 Encrypted — pass --key          [E] pass --key
///     ⚠ Encrypted, not signed           [E!] encrypted, not signed
///     · Unsigned                        [-] unsigned
enum SecurityBadge {
    /// The badge of a whole file (the worst layer decides).
    static func file(_ envelope: EnvelopeResult, ascii: Bool) -> String {
        let reason = TextSafety.line(shortReason(envelope.decidingLayer?.reason ?? ""))
        switch envelope.verdict {
        case .verified: return envelope.badge(ascii: ascii)
        case .untrusted: return ascii ? "[s?] \(reason)" : "? Unverified — \(reason)"
        case .invalid:
            return envelope.decidingLayer?.kind == .jws || envelope.decidingLayer == nil
                ? (ascii ? "[S!] \(reason)" : "✖ Invalid signature — \(reason)")
                : (ascii ? "[S!] \(reason)" : "✖ Invalid — \(reason)")
        case .encrypted: return ascii ? "[E] pass --key" : "🔒 Encrypted — pass --key"
        case .unsigned where envelope.encryptedButNotSigned: return ascii ? "[E!] encrypted, not signed" : "⚠ Encrypted, not signed"
        case .unsigned: return ascii ? "[-] unsigned" : "· Unsigned"
        case .unreadable: return ascii ? "[?] \(reason)" : "✖ Unreadable — \(reason)"
        }
    }

    /// The badge of a document: its envelope's, else what its form says without a judgement.
    static func file(_ document: BrowserDocument, ascii: Bool) -> String {
        if let envelope = document.envelope { return file(envelope, ascii: ascii) }
        switch document.formBadge {
        case "[E]": return ascii ? "[E] pass --key" : "🔒 Encrypted — pass --key"
        case "[E!]": return ascii ? "[E!] encrypted, not signed" : "⚠ Encrypted, not signed"
        case "[s?]": return ascii ? "[s?] signature not checked" : "? Unverified — signature not checked"
        case "[?]": return ascii ? "[?] unreadable" : "✖ Unreadable"
        default: return ascii ? "[-] unsigned" : "· Unsigned"
        }
    }

    /// The badge of one layer, `envelope` giving the context (is there a signature inside a decrypted JWE?).
    static func layer(_ layer: EnvelopeLayer, in envelope: EnvelopeResult, ascii: Bool) -> String {
        let reason = TextSafety.line(shortReason(layer.reason))
        switch (layer.kind, layer.verdict) {
        case (.jws, .verified):
            let signer =
                layer.signatures.first?.chain?.certificates.first.map { SignatureWording.commonName($0.subject) }
                ?? layer.signatures.first?.keyDescription ?? "a supplied key"
            return ascii ? "[S] signed by \(TextSafety.line(signer))" : "✔ Authentic — signed by \(TextSafety.line(signer))"
        case (_, .untrusted): return ascii ? "[s?] \(reason)" : "? Unverified — \(reason)"
        case (.jws, .invalid): return ascii ? "[S!] \(reason)" : "✖ Invalid signature — \(reason)"
        case (_, .invalid): return ascii ? "[!] \(reason)" : "✖ Invalid — \(reason)"
        case (_, .encrypted): return ascii ? "[E] pass --key" : "🔒 Encrypted — pass --key"
        case (.jwe, .decrypted) where envelope.encryptedButNotSigned:
            return ascii ? "[E!] encrypted, not signed" : "⚠ Encrypted, not signed"
        case (_, .decrypted): return ascii ? "[D] \(reason)" : "🔓 Decrypted — \(reason)"
        case (_, .unsigned): return ascii ? "[-] unsigned" : "· Unsigned"
        case (_, .unreadable): return ascii ? "[?] \(reason)" : "✖ Unreadable — \(reason)"
        case (_, .plain), (_, .verified): return (ascii ? "    " : "  ") + reason
        }
    }

    /// The reason without a leading repeat of the verdict ("invalid signature: …" under "✖ Invalid signature").
    static func shortReason(_ reason: String) -> String {
        for prefix in ["invalid signature: ", "invalid: "] where reason.lowercased().hasPrefix(prefix) {
            return String(reason.dropFirst(prefix.count))
        }
        return reason
    }

    /// The header's badge: the file badge, its leading glyph dropped when it equals the separator before it
    /// (`… · 0.4.0 · Unsigned`, not `· · Unsigned`).
    static func header(_ document: BrowserDocument, ascii: Bool, separator: String) -> String {
        let badge = file(document, ascii: ascii)
        if badge.hasPrefix(separator + " ") { return String(badge.dropFirst(separator.count + 1)) }
        return badge
    }
}
