import VConModel

/// One header field of a SIP message, as written and with its canonical name.
public struct SIPHeader: Sendable, Equatable {
    /// The name exactly as written (may be a compact form such as `i`).
    public let name: String
    /// The canonical name (`Call-ID` for `i`, `call-id` or `CALL-ID`).
    public let canonicalName: String
    /// The value with surrounding whitespace removed and folded lines joined by one space.
    public let value: String

    /// Lowercased canonical name, used for case-insensitive lookups.
    let key: String

    /// Creates a header; the canonical name is derived from `name`.
    public init(name: String, value: String) {
        self.name = name
        self.canonicalName = SIPHeaderName.canonical(name)
        self.value = value
        self.key = canonicalName.lowercased()
    }

    /// Whether this header has the given name (any spelling, compact forms included).
    public func hasName(_ other: String) -> Bool {
        key == SIPHeaderName.canonical(other).lowercased()
    }

    /// The values of this header: split at top-level commas for list headers, otherwise the whole value.
    public var values: [String] {
        SIPHeaderName.isList(canonicalName) ? SIPHeader.splitList(value) : [value]
    }

    /// The first value of a list: the text before the first comma outside quotes and `<…>`.
    static func firstListValue(_ value: String) -> String {
        var inQuotes = false
        var escaped = false
        var angleDepth = 0
        for index in value.indices {
            let ch = value[index]
            if escaped { escaped = false; continue }
            switch ch {
            case "\\" where inQuotes: escaped = true
            case "\"": inQuotes.toggle()
            case "<" where !inQuotes: angleDepth += 1
            case ">" where !inQuotes: angleDepth = max(0, angleDepth - 1)
            case "," where !inQuotes && angleDepth == 0: return value[..<index].sipTrimmed
            default: break
            }
        }
        return value.sipTrimmed
    }

    /// Splits a header value at commas that are outside quoted strings and `<…>` (RFC 3261 §7.3.1).
    public static func splitList(_ value: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        var angleDepth = 0
        for ch in value {
            if escaped {
                current.append(ch)
                escaped = false
                continue
            }
            switch ch {
            case "\\" where inQuotes:
                escaped = true
                current.append(ch)
            case "\"":
                inQuotes.toggle()
                current.append(ch)
            case "<" where !inQuotes:
                angleDepth += 1
                current.append(ch)
            case ">" where !inQuotes:
                angleDepth = max(0, angleDepth - 1)
                current.append(ch)
            case "," where !inQuotes && angleDepth == 0:
                parts.append(current.sipTrimmed)
                current = ""
            default:
                current.append(ch)
            }
        }
        let last = current.sipTrimmed
        if !last.isEmpty || !parts.isEmpty { parts.append(last) }
        return parts.filter { !$0.isEmpty }
    }
}
