extension EnvelopeResult {
    /// One line for `show` and the status bar: "jwe decrypted → jws untrusted → vcon plain".
    public var stackLine: String {
        layers.map { "\($0.kind.rawValue) \($0.verdict.rawValue)" }.joined(separator: " → ")
    }

    /// The Security pane's badge for the file (UX.md): Unicode or ASCII form, with the reason in plain words.
    public func badge(ascii: Bool) -> String {
        let signature = layers.first { $0.kind == .jws }
        let reason = TextSafety.line(decidingLayer?.reason ?? "")
        switch verdict {
        case .verified:
            let signer =
                signature?.signatures.first?.chain?.certificates.first.map { SignatureWording.commonName($0.subject) }
                ?? signature?.signatures.first?.keyDescription ?? "a supplied key"
            return ascii ? "[S] signed by \(TextSafety.line(signer))" : "✔ Authentic — signed by \(TextSafety.line(signer))"
        case .untrusted: return ascii ? "[s?] \(reason)" : "? Unverified — \(reason)"
        case .invalid: return ascii ? "[S!] \(reason)" : "✖ Invalid — \(reason)"
        case .encrypted: return ascii ? "[E] \(reason)" : "🔒 Encrypted — \(reason)"
        case .unsigned where encryptedButNotSigned: return ascii ? "[E!] encrypted, not signed" : "⚠ Encrypted, not signed"
        case .unsigned: return ascii ? "[-] unsigned" : "· Unsigned"
        case .unreadable: return ascii ? "[?] \(reason)" : "✖ Unreadable — \(reason)"
        }
    }

    /// The layer whose verdict decided the file verdict (the first layer with the worst verdict).
    public var decidingLayer: EnvelopeLayer? {
        layers.first { $0.verdict.fileVerdict == verdict }
    }
}

extension EnvelopeResult {
    /// The badge alone, for lists and trees: `[S] [s?] [S!] [E] [E!] [-]` or their Unicode glyphs.
    public func shortBadge(ascii: Bool) -> String {
        switch verdict {
        case .verified: ascii ? "[S]" : "✔"
        case .untrusted: ascii ? "[s?]" : "?"
        case .invalid: ascii ? "[S!]" : "✖"
        case .encrypted: ascii ? "[E]" : "🔒"
        case .unsigned where encryptedButNotSigned: ascii ? "[E!]" : "⚠"
        case .unsigned: ascii ? "[-]" : "·"
        case .unreadable: ascii ? "[?]" : "✖"
        }
    }
}
