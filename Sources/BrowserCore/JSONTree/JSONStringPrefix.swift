import VConModel

/// The first bytes of a JSON string, decoded, without reading or copying the rest.
///
/// Why: a preview needs sixty cells of a string that may be a 100 MB base64 body;
/// `JSONValue.stringBytes` would decode all of it.
enum JSONStringPrefix {
    /// Up to about `maxBytes` decoded bytes of a string value, and whether text was left out.
    static func read(_ value: JSONValue, maxBytes: Int) -> (bytes: [UInt8], truncated: Bool) {
        guard let length = value.rawStringLength else { return ([], false) }
        let start = value.byteOffset + 1
        let take = min(length, maxBytes)
        let raw = value.document.buffer[start..<(start + take)]
        var decoded = decodeEscapes(raw)
        let truncated = take < length
        if truncated { trimIncompleteUTF8(&decoded) }
        return (decoded, truncated)
    }

    /// Resolves `\n`, `\"`, `\uXXXX` (with surrogate pairs)…; an escape cut off at the end is dropped.
    static func decodeEscapes(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        guard raw.contains(0x5C) else { return Array(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            guard byte == 0x5C else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < raw.endIndex else { break }
            let code = raw[i + 1]
            switch code {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard let (scalar, used) = unicodeEscape(raw, at: i) else { return out }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += used
                continue
            default: out.append(code)
            }
            i += 2
        }
        return out
    }

    /// A `\uXXXX` escape (or a surrogate pair of them) at `i`: the scalar and the bytes used.
    private static func unicodeEscape(_ raw: ArraySlice<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hex4(raw, at: i + 2) else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            if i + 12 <= raw.endIndex, raw[i + 6] == 0x5C, raw[i + 7] == UInt8(ascii: "u"),
                let low = hex4(raw, at: i + 8), (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            {
                return (scalar, 12)
            }
            // A pair cut off by the end of the prefix: leave it out rather than show U+FFFD.
            if i + 12 > raw.endIndex { return nil }
        }
        return (Unicode.Scalar(high) ?? "\u{FFFD}", 6)
    }

    private static func hex4(_ raw: ArraySlice<UInt8>, at i: Int) -> UInt32? {
        guard i + 4 <= raw.endIndex else { return nil }
        var value: UInt32 = 0
        for byte in raw[i..<(i + 4)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Drops a UTF-8 sequence cut off at the end.
    static func trimIncompleteUTF8(_ bytes: inout [UInt8]) {
        var back = 0
        while back < 4, back < bytes.count, bytes[bytes.count - 1 - back] & 0xC0 == 0x80 { back += 1 }
        guard back < bytes.count else { return }
        let lead = bytes[bytes.count - 1 - back]
        let needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
        if needed > back { bytes.removeLast(back + 1) }
    }
}
