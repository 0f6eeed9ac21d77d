/// JSON-aware mutations: find scalar values and members in the bytes without a parser, and replace
/// or delete them, so most mutants stay JSON and reach the code behind the reader.
public enum JSONValueSpans {
    /// Byte ranges of scalar values that follow a `:`, `[` or `,` (strings, numbers, literals).
    public static func scalarSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        var afterSeparator = false
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                let end = stringEnd(bytes, from: i)
                if afterSeparator { spans.append(i..<end) }
                afterSeparator = false
                i = end
                continue
            case UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: ","):
                afterSeparator = true
            case 0x20, 0x0A, 0x0D, 0x09:
                break
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                var end = i
                while end < bytes.count, !isDelimiter(bytes[end]) { end += 1 }
                if afterSeparator { spans.append(i..<end) }
                afterSeparator = false
                i = max(end, i + 1)
                continue
            default:
                afterSeparator = false
            }
            i += 1
        }
        return spans
    }

    /// Replaces one scalar value (or, one time in four, a whole container after a key) with a hostile value.
    public static func replaceValue(in bytes: inout [UInt8], random: inout SeededRandom) -> String {
        let spans = scalarSpans(bytes)
        guard !spans.isEmpty else { return "value(none)" }
        var span = random.pick(spans)
        if random.chance(25), let container = containerAfterKey(bytes, random: &random) { span = container }
        let token = random.pick(HostileTokens.values)
        bytes.replaceSubrange(span, with: Array(token.utf8))
        return "value[\(span.lowerBound)..<\(span.upperBound)]=\(token)"
    }

    /// Deletes one `"key": value` member (with the comma after it, when there is one).
    public static func deleteMember(in bytes: inout [UInt8], random: inout SeededRandom) -> String {
        let spans = scalarSpans(bytes)
        guard !spans.isEmpty else { return "unmember(none)" }
        let value = random.pick(spans)
        // Walk back over `:` and spaces to the key's closing quote, then to its opening quote.
        var start = value.lowerBound - 1
        while start >= 0, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 { start -= 1 }
        guard start >= 0, bytes[start] == UInt8(ascii: ":") else { return "unmember(not a member)" }
        start -= 1
        while start >= 0, bytes[start] != UInt8(ascii: "\"") { start -= 1 }
        start -= 1
        while start >= 0, bytes[start] != UInt8(ascii: "\"") { start -= 1 }
        guard start >= 0 else { return "unmember(no key)" }
        var end = value.upperBound
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x0A { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: ",") { end += 1 }
        bytes.removeSubrange(start..<end)
        return "unmember[\(start)..<\(end)]"
    }

    /// The span of an object or array that follows some `":`, found by bracket counting outside strings.
    static func containerAfterKey(_ bytes: [UInt8], random: inout SeededRandom) -> Range<Int>? {
        var opens: [Int] = []
        var i = 0
        var previous: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                i = stringEnd(bytes, from: i)
                previous = UInt8(ascii: "\"")
                continue
            }
            if (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")) && previous == UInt8(ascii: ":") { opens.append(i) }
            if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { previous = byte }
            i += 1
        }
        guard !opens.isEmpty else { return nil }
        let start = random.pick(opens)
        var depth = 0
        i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                i = stringEnd(bytes, from: i)
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return start..<(i + 1) }
            }
            i += 1
        }
        return nil
    }

    /// One past the closing quote of the string opening at `start` (or the end of the bytes).
    static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start + 1
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if bytes[i] == UInt8(ascii: "\"") { return i + 1 }
            i += 1
        }
        return bytes.count
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20
            || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ":")
    }
}
