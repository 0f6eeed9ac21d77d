import VConModel

/// Short one-line previews of JSON values for detail lines, never decoding more than they show.
enum DetailPreview {
    /// Strings longer than this are previewed from their first bytes only (a 100 MB base64 body stays unread).
    static let longString = 512

    /// `"text"` (quoted, cut to `limit` characters), `42`, `true`, `null`, `{3 keys}`, `[2 items]`.
    static func value(_ value: JSONValue, limit: Int = 120, quote: Bool = true) -> String {
        switch value.kind {
        case .string:
            let text = prefix(of: value, limit: limit)
            return quote ? "\"" + text + "\"" : text
        case .object:
            let n = value.count
            return "{\(n) \(n == 1 ? "key" : "keys")}"
        case .array:
            let n = value.count
            return "[\(n) \(n == 1 ? "item" : "items")]"
        default:
            return value.rawText
        }
    }

    /// The first `limit` characters of a string value, `…` and its size when cut.
    static func prefix(of value: JSONValue, limit: Int) -> String {
        let length = value.rawStringLength ?? 0
        if length <= longString {
            let text = value.string ?? ""
            return text.count <= limit ? text : String(text.prefix(limit)) + "… (\(ByteCount.format(length)))"
        }
        let head =
            value.withUnescapedStringBytes { bytes in
                String(decoding: bytes.prefix(limit * 4), as: UTF8.self)
            } ?? String((value.string ?? "").prefix(limit))
        return String(head.prefix(limit)) + "… (\(ByteCount.format(length)))"
    }

    /// A scalar's text without quotes (for `y y` and fields), or the raw JSON of containers.
    static func copyText(_ value: JSONValue) -> String {
        value.kind == .string ? (value.string ?? "") : value.rawText
    }
}
