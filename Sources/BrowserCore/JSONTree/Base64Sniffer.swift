import VConModel

/// Guesses from a few bytes whether a long string is base64, without decoding it.
public enum Base64Sniffer {
    /// `"base64url"` or `"base64"` when the first 128 and last 4 characters fit that alphabet, else nil.
    ///
    /// Strings with escapes or spaces are never base64 bodies as written by vCon tools.
    public static func alphabet(of value: JSONValue) -> String? {
        guard let length = value.rawStringLength, length >= 4 else { return nil }
        let start = value.byteOffset + 1
        let head = value.document.buffer[start..<(start + min(length, 128))]
        let tail = value.document.buffer[(start + max(0, length - 4))..<(start + length)]
        var standard = false
        for byte in head {
            guard let kind = classify(byte) else { return nil }
            if kind == .standardOnly { standard = true }
        }
        for (offset, byte) in tail.enumerated() {
            if byte == UInt8(ascii: "="), offset >= 2 { continue }
            guard let kind = classify(byte) else { return nil }
            if kind == .standardOnly { standard = true }
        }
        return standard ? "base64" : "base64url"
    }

    /// The decoded size of `encodedLength` base64 characters (padding discounted).
    public static func decodedSize(encodedLength: Int, value: JSONValue) -> Int {
        let start = value.byteOffset + 1
        var padding = 0
        if encodedLength >= 2 {
            for byte in value.document.buffer[(start + encodedLength - 2)..<(start + encodedLength)]
            where byte == UInt8(ascii: "=") { padding += 1 }
        }
        return (encodedLength - padding) * 3 / 4
    }

    private enum Kind { case shared, urlOnly, standardOnly }

    private static func classify(_ byte: UInt8) -> Kind? {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .shared
        case UInt8(ascii: "-"), UInt8(ascii: "_"): .urlOnly
        case UInt8(ascii: "+"), UInt8(ascii: "/"): .standardOnly
        default: nil
        }
    }

    /// True when the first bytes of decoded data look like text (valid UTF-8, few controls).
    ///
    /// Used before decoding a body for search: a WAV or MP3 fails on its first bytes.
    public static func looksLikeText(_ prefix: [UInt8]) -> Bool {
        var bytes = prefix
        JSONStringPrefix.trimIncompleteUTF8(&bytes)
        guard String(validating: bytes, as: UTF8.self) != nil else { return false }
        let controls = bytes.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }.count
        return controls * 20 <= max(1, bytes.count)
    }
}
