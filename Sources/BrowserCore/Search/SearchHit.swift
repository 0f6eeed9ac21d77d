import TermUI

/// One match of a search: where it is, what was matched and a sanitised excerpt around it.
public struct SearchHit: Sendable, Hashable {
    /// What matched.
    public enum Kind: String, Sendable, Hashable {
        /// An object member's name.
        case key
        /// A string or number value as written in the JSON (escapes resolved).
        case value
        /// Content decoded from a body: base64url text, or a string inside a JSON-in-string body.
        case decoded
    }

    public var kind: Kind
    /// Tape index of the row to reveal: the value (for a key hit, the member's value).
    public var tapeIndex: Int
    /// JSON Pointer of that value.
    public var pointer: String
    /// Path of that value (`.dialog[2].parties`).
    public var path: JSONPath
    /// For decoded hits inside a JSON-in-string body, the path inside the decoded document.
    public var innerPath: JSONPath?
    /// Byte offset of the match in the searched text (string value, key or decoded body).
    public var offset: Int
    /// The bytes around the match (a few dozen), kept raw: the excerpt is sanitised when it is read, since a
    /// query that matches everywhere finds thousands of hits per step and most are never shown.
    var context: SearchExcerpt.Context

    /// The text around the match, sanitised: `…said the refund is late…`.
    public var excerpt: String { context.excerpt.text }
    /// The match within `excerpt`, in Characters.
    public var matchRange: Range<Int> { context.excerpt.range }

    /// The status-line location: `.attachments[0].body` (plus ` → .inner.path` for JSON-in-string bodies).
    public var displayPath: String {
        guard let innerPath else { return path.description }
        return path.description + " → " + innerPath.description
    }

    /// The excerpt as styled text with the match in `highlight`.
    public func styledExcerpt(style: Style = .plain, highlight: Style) -> SafeText {
        let characters = Array(excerpt)
        var text = SafeText()
        let lower = min(matchRange.lowerBound, characters.count)
        let upper = min(matchRange.upperBound, characters.count)
        // The excerpt is already sanitised; SafeText keeps it as is (no controls remain).
        text.append(String(characters[..<lower]), style: style)
        text.append(String(characters[lower..<upper]), style: highlight)
        text.append(String(characters[upper...]), style: style)
        return text
    }

    /// Document order: row, then key before value before decoded, then offset.
    var order: (Int, Int, Int) {
        let rank =
            switch kind {
            case .key: 0
            case .value: 1
            case .decoded: 2
            }
        return (tapeIndex, rank, offset)
    }
}
