/// Byte strings that break parsers and the code behind them, grouped by what they attack.
public enum HostileTokens {
    /// JSON punctuation, quotes and backslashes, alone or in pairs that confuse a scanner.
    public static let punctuation: [String] = [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\\"", "\\u", "\\uD800", "\\u00", "\"\"", ",,", "::", "{}", "[]",
        "\":\"", "\",\"", "/", "*", "'", "\\\\", "}]", "[{",
    ]

    /// Numbers that overflow, underflow or round: as JSON values they reach every index and duration.
    public static let numbers: [String] = [
        "0", "-0", "-1", "1e999", "-1e999", "1e-999", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "4294967296", "2147483648",
        "99999999999999999999999999999999999999", "1.7976931348623157e308", "0.0000000000000000000001",
        "123456789012345678901234567890.5", "1E+2", "-1.5", "3.0", "NaN", "Infinity", "0x10", "01",
    ]

    /// Whole JSON values of every kind, to put where a value was.
    public static let values: [String] =
        numbers + [
            "null", "true", "false", "\"\"", "[]", "{}", "[[]]", "{\"\":{}}", "[null]", "[-1]", "[1e999]",
            "\"\\u0000\"", "\"\\u001b[2J\\u001b]0;x\\u0007\"", "\"\\u202e\\u2066evil\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
            "\"-1\"", "\"1e999\"", "\"0\"", "\"x\"", "\"9999-99-99T99:99:99Z\"", "\"2024-02-30T25:61:61+99:99\"",
            "\"0000-01-01T00:00:00Z\"", "\"+275760-09-13T00:00:00Z\"", "\"\\n\\r\\t\"", "\"é̀̀̀̀̀̀\"", "\"👩‍👩‍👧‍👦\"", "\"漢字漢字\"",
            "\"data:;base64,\"", "\"sha512-\"", "\"sha512-AAAA\"", "\"https://\"", "\"file:///etc/passwd\"", "\"../../x\"",
            "\"\\/\"", "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]", "{\"body\":\"\",\"encoding\":\"base64url\"}",
            "{\"encoding\":\"json\",\"body\":\"{\\\"a\\\":[\"}", "[{\"purpose\":\"sip-message-trace\",\"body\":[]}]",
        ]

    /// Control bytes (C0, DEL, ESC sequences) as raw bytes.
    public static let controlBytes: [[UInt8]] = [
        [0x00], [0x07], [0x08], [0x0B], [0x0C], [0x1B], [0x7F], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x30, 0x3B, 0x07],
        [0x0D], [0x0A, 0x0A], [0x09],
    ]

    /// Invalid or awkward UTF-8: lone continuation bytes, truncated sequences, overlongs, surrogates, BOMs.
    public static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98], [0xFE], [0xFF], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xAE], [0xC2, 0x9B], [0xCC, 0x81],
    ]

    /// Brackets nested `depth` levels: `[[[[...` (unclosed, or closed when `closed`).
    public static func deepBrackets(_ depth: Int, object: Bool = false, closed: Bool = false) -> String {
        let open = object ? String(repeating: "{\"a\":", count: depth) : String(repeating: "[", count: depth)
        guard closed else { return open }
        return open + "0" + String(repeating: object ? "}" : "]", count: depth)
    }
}
