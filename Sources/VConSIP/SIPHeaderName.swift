import VConModel

/// Header-name knowledge from RFC 3261 §7.3.3 and §20: compact forms, canonical spellings, list headers.
public enum SIPHeaderName {
    /// Compact form letter → full header name (RFC 3261 §7.3.3 and later RFCs).
    public static let compactForms: [Character: String] = [
        "i": "Call-ID", "f": "From", "t": "To", "v": "Via", "m": "Contact",
        "l": "Content-Length", "c": "Content-Type", "k": "Supported", "s": "Subject",
        "e": "Content-Encoding", "o": "Event", "u": "Allow-Events",
        // Later RFCs: 3515 (r, b), 4028 (x), 3841 (a, j, d), 8224 (y), 4474 (n).
        "r": "Refer-To", "b": "Referred-By", "x": "Session-Expires",
        "a": "Accept-Contact", "j": "Reject-Contact", "d": "Request-Disposition",
        "y": "Identity", "n": "Identity-Info",
    ]

    /// Canonical spelling by lowercased name, for headers whose spelling is not plain title case.
    static let canonicalSpellings: [String: String] = {
        let names = [
            "Accept", "Accept-Encoding", "Accept-Language", "Alert-Info", "Allow", "Allow-Events",
            "Authentication-Info", "Authorization", "Call-ID", "Call-Info", "Contact",
            "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
            "Content-Type", "CSeq", "Date", "Error-Info", "Event", "Expires", "From", "History-Info",
            "Identity", "In-Reply-To", "Max-Forwards", "MIME-Version", "Min-Expires", "Organization",
            "P-Asserted-Identity", "P-Preferred-Identity", "Path", "Priority", "Proxy-Authenticate",
            "Proxy-Authorization", "Proxy-Require", "RAck", "Reason", "Record-Route", "Refer-To",
            "Referred-By", "Reply-To", "Require", "Retry-After", "Route", "RSeq", "Server",
            "Service-Route", "Session-Expires", "Subject", "Supported", "Timestamp", "To",
            "Unsupported", "User-Agent", "Via", "Warning", "WWW-Authenticate",
        ]
        var table: [String: String] = [:]
        for name in names { table[name.lowercased()] = name }
        return table
    }()

    /// Headers whose value is a comma-separated list (RFC 3261 §7.3.1), so one line may carry several values.
    ///
    /// Not included on purpose: `From`, `To`, `Call-ID`, `CSeq` (single), `Date` (contains a comma),
    /// and the authentication headers (their parameters are comma-separated, not their values).
    static let listHeaders: Set<String> = [
        "via", "contact", "route", "record-route", "path", "service-route", "allow", "supported",
        "require", "proxy-require", "unsupported", "accept", "accept-encoding", "accept-language",
        "content-encoding", "content-language", "alert-info", "call-info", "error-info",
        "in-reply-to", "warning", "allow-events", "p-asserted-identity", "p-preferred-identity",
        "history-info", "reason", "accept-contact", "reject-contact", "request-disposition",
    ]

    /// Canonical spellings themselves, for the common case of a name already written canonically.
    static let canonicalSet: Set<String> = Set(canonicalSpellings.values)

    /// The lowercased canonical name: the key headers are looked up by.
    static func key(_ written: String) -> String {
        canonical(written).lowercased()
    }

    /// The canonical name for a header name as written: compact forms expanded, known names re-spelled.
    public static func canonical(_ written: String) -> String {
        if canonicalSet.contains(written) { return written }
        let trimmed = written.sipTrimmed
        if trimmed.count == 1, let letter = trimmed.lowercased().first, let full = compactForms[letter] {
            return full
        }
        return canonicalSpellings[trimmed.lowercased()] ?? trimmed
    }

    /// Whether a header (any spelling) carries a comma-separated list of values.
    public static func isList(_ name: String) -> Bool {
        listHeaders.contains(canonical(name).lowercased())
    }
}
