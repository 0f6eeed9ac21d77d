import VConModel

/// Comparable identities of SIP/tel/mailto addresses, for matching message URIs against party `tel`/`sip`/`mailto`.
///
/// `sip:+1-212-555-1234@example.com;user=phone`, `tel:+12125551234` and a party `tel` of `+12125551234`
/// all yield the key `tel:12125551234`; `sip:Alice@Example.COM:5060` and `alice@example.com` yield
/// `aor:alice@example.com`.
public enum SIPAddressKey {
    /// Keys for a URI from a header or request line (`sip:`, `sips:`, `tel:`, `mailto:` or bare `user@host`).
    public static func keys(forURI uri: String) -> [String] {
        var text = Substring(uri.sipTrimmed)
        if text.hasPrefix("<"), text.hasSuffix(">") { text = text.dropFirst().dropLast() }
        let lower = text.lowercased()
        for scheme in ["sips:", "sip:", "mailto:"] where lower.hasPrefix(scheme) {
            return addressKeys(text.dropFirst(scheme.count))
        }
        if lower.hasPrefix("tel:") {
            let number = text.dropFirst(4).prefix { $0 != ";" }
            return telKey(number).map { [$0] } ?? []
        }
        return addressKeys(text)
    }

    /// Keys for a party's `tel` value (a number, with or without `tel:`).
    public static func keys(forTel tel: String) -> [String] {
        let trimmed = tel.sipTrimmed
        let number = trimmed.lowercased().hasPrefix("tel:") ? Substring(trimmed.dropFirst(4)) : Substring(trimmed)
        return telKey(number.prefix { $0 != ";" }).map { [$0] } ?? []
    }

    /// `user@host[:port][;params][?headers]` → an AOR key, plus a tel key when the user part is a number.
    static func addressKeys(_ text: Substring) -> [String] {
        let core = text.prefix { $0 != ";" && $0 != "?" && $0 != ">" }
        guard let at = core.lastIndex(of: "@") else {
            // A host alone (a registrar or proxy) or a bare number.
            if let tel = telKey(core) { return [tel] }
            let host = hostPart(core[...])
            return host.isEmpty ? [] : ["host:" + host]
        }
        let user = core[..<at].prefix { $0 != ":" }  // drop a password
        let host = hostPart(core[core.index(after: at)...])
        var keys = ["aor:" + user.lowercased() + "@" + host]
        if let tel = telKey(user) { keys.append(tel) }
        return keys
    }

    /// Lowercased host without port; IPv6 references keep their brackets.
    static func hostPart(_ text: Substring) -> String {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            return String(text[...close]).lowercased()
        }
        return String(text.prefix { $0 != ":" }).lowercased()
    }

    /// `tel:` key for a string of digits with optional leading `+` and visual separators; nil if not a number.
    static func telKey(_ text: Substring) -> String? {
        var digits = ""
        for (offset, ch) in text.enumerated() {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else if ch == "+" && offset == 0 {
                continue
            } else if "-.() ".contains(ch) {
                continue
            } else {
                return nil
            }
        }
        return digits.count >= 3 ? "tel:" + digits : nil
    }
}
