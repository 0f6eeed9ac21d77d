/// Short texts and cheap equality for the values a diff compares.
///
/// Big strings (recordings in base64url) are never decoded here: equality compares the bytes as
/// written, and the short text is a prefix plus the length.
enum DiffValues {
    /// The length, in bytes as written, above which a string or container counts as big.
    static let bigBytes = 4096

    /// A short, sanitised text of a value: `"Alice"`, `42`, `[0,1]`, `{…} 3 members`, `"UklGR…" (7720 chars)`.
    static func short(_ value: JSONValue, width: Int) -> String {
        switch value.kind {
        case .string:
            let length = value.rawStringLength ?? 0
            if length > bigBytes { return bigString(value, width: width) }
            return quoted(value.string ?? "", width: width)
        case .number: return TextSafety.line(truncate(value.numberText ?? "", width: width))
        case .bool: return value.bool == true ? "true" : "false"
        case .null: return "null"
        case .object, .array:
            if value.count == 0 { return value.isObject ? "{}" : "[]" }
            let size = value.byteRange.count
            if size <= width * 2 {
                let compact = ordered(value).render()
                if compact.count <= width { return TextSafety.line(compact) }
            }
            let count = value.count
            if value.isObject { return "{…} \(count) member\(count == 1 ? "" : "s")" }
            return "[…] \(count) item\(count == 1 ? "" : "s")"
        }
    }

    /// A value as JSON output with members in document order (only used for values of a few dozen bytes).
    private static func ordered(_ value: JSONValue) -> JSONOutput {
        switch value.kind {
        case .object: .object(value.members.map { ($0.key, ordered($0.value)) })
        case .array: .array(value.elements.map(ordered))
        case .string: .string(value.string ?? "")
        case .number: .number(value.numberText ?? "0")
        case .bool: .bool(value.bool ?? false)
        case .null: .null
        }
    }

    /// An object's member names in order without repeats, and each name's value (the last one, as
    /// JavaScript reads duplicates). One pass, so an object with many members is not read once per name.
    static func members(_ value: JSONValue?) -> (names: [String], values: [String: JSONValue]) {
        var names: [String] = []
        var values: [String: JSONValue] = [:]
        for member in value?.members ?? [] {
            if values.updateValue(member.value, forKey: member.key) == nil { names.append(member.key) }
        }
        return (names, values)
    }

    /// A quoted string cut to `width` characters, every unsafe scalar escaped.
    static func quoted(_ text: String, width: Int) -> String {
        "\"" + TextSafety.line(truncate(text, width: width)) + "\""
    }

    /// A big string: its first characters and its length, without decoding the rest.
    private static func bigString(_ value: JSONValue, width: Int) -> String {
        let length = value.rawStringLength ?? 0
        let prefix =
            value.withUnescapedStringBytes { bytes in
                String(decoding: bytes.prefix(max(8, width / 3)), as: UTF8.self)
            } ?? "…"
        return "\"" + TextSafety.line(truncate(prefix, width: max(8, width / 3))) + "…\" (\(length) chars)"
    }

    /// Cuts text to `width` characters, marking the cut with `…`.
    static func truncate(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        return String(text.prefix(max(1, width - 1))) + "…"
    }

    /// True when two scalars (or two values of different kinds) are the same JSON data.
    static func scalarEqual(_ a: JSONValue, _ b: JSONValue) -> Bool {
        guard a.kind == b.kind else { return false }
        switch a.kind {
        case .string:
            if let equal = rawStringsEqual(a, b) { return equal }
            return a.stringBytes == b.stringBytes
        case .number: return JSONCanonical.text(a) == JSONCanonical.text(b)
        case .bool: return a.bool == b.bool
        case .null: return true
        case .object, .array: return sameMinified(a, b)
        }
    }

    /// Compares two strings by their bytes as written when neither has escapes (no decoding); nil
    /// when an escape makes the written bytes an unreliable answer.
    static func rawStringsEqual(_ a: JSONValue, _ b: JSONValue) -> Bool? {
        a.withUnescapedStringBytes { left in
            b.withUnescapedStringBytes { right in
                left.count == right.count && left.elementsEqual(right)
            }
        } ?? nil
    }

    /// True when two values have the same text once insignificant whitespace is dropped. A
    /// streaming scan of both, so a 100 MB body costs no copy.
    static func sameMinified(_ a: JSONValue, _ b: JSONValue) -> Bool {
        a.document.buffer.withUnsafeBytes { left in
            b.document.buffer.withUnsafeBytes { right in
                var reader = (MinifiedReader(bytes: left, range: a.byteRange), MinifiedReader(bytes: right, range: b.byteRange))
                while true {
                    let x = reader.0.next()
                    let y = reader.1.next()
                    if x != y { return false }
                    if x == nil { return true }
                }
            }
        }
    }
}

/// Yields the bytes of a JSON text with the whitespace between tokens left out.
private struct MinifiedReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    let end: Int
    var inString = false
    var escaped = false

    init(bytes: UnsafeRawBufferPointer, range: Range<Int>) {
        self.bytes = bytes
        self.position = range.lowerBound
        self.end = min(range.upperBound, bytes.count)
    }

    mutating func next() -> UInt8? {
        while position < end {
            let c = bytes[position]
            position += 1
            if inString {
                if escaped {
                    escaped = false
                } else if c == UInt8(ascii: "\\") {
                    escaped = true
                } else if c == UInt8(ascii: "\"") {
                    inString = false
                }
                return c
            }
            if c == UInt8(ascii: "\"") { inString = true; return c }
            if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 { return c }
        }
        return nil
    }
}
