/// Base64 (RFC 4648 §4) and base64url (§5) encoding and decoding, in pure Swift.
///
/// JOSE uses base64url without padding for every member except `x5c`, which is standard base64 DER
/// (RFC 7515 §4.1.6). Decoding is strict about the alphabet (a character of the other alphabet is an
/// error, so a mixed-up `x5c` is reported, not silently accepted) but tolerant of missing padding.
public enum Base64 {
    /// Which of the two alphabets.
    public enum Alphabet: Sendable {
        /// `+` and `/` (RFC 4648 §4), used by `x5c` and PEM.
        case standard
        /// `-` and `_` (RFC 4648 §5), used by JOSE and vCon `base64url` bodies.
        case url
    }

    /// Why a text is not valid base64.
    public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Offset of the offending character (or the text length for a bad final group).
        public var offset: Int
        public var message: String
        public var description: String { message }
    }

    private static let standardTable = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlTable = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Encodes bytes; standard alphabet is padded with `=`, url alphabet is not (as JOSE requires).
    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet = .url) -> String {
        let table = alphabet == .url ? urlTable : standardTable
        let input = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= input.count {
            let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
            out.append(table[Int(n >> 18 & 63)])
            out.append(table[Int(n >> 12 & 63)])
            out.append(table[Int(n >> 6 & 63)])
            out.append(table[Int(n & 63)])
            i += 3
        }
        let rest = input.count - i
        if rest > 0 {
            var n = UInt32(input[i]) << 16
            if rest == 2 { n |= UInt32(input[i + 1]) << 8 }
            out.append(table[Int(n >> 18 & 63)])
            out.append(table[Int(n >> 12 & 63)])
            if rest == 2 { out.append(table[Int(n >> 6 & 63)]) }
            if alphabet == .standard { out.append(contentsOf: Array(repeating: UInt8(ascii: "="), count: 3 - rest)) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes text in one alphabet. Padding is optional; ASCII whitespace is skipped only when
    /// `allowWhitespace` (PEM bodies, wrapped `x5c`), never inside JOSE compact tokens.
    public static func decode(
        _ text: some StringProtocol, alphabet: Alphabet = .url, allowWhitespace: Bool = false
    ) throws(DecodeError) -> [UInt8] {
        try decode(bytes: Array(text.utf8), alphabet: alphabet, allowWhitespace: allowWhitespace)
    }

    /// Decodes UTF-8 bytes of base64 text (see `decode(_:alphabet:allowWhitespace:)`).
    public static func decode(
        bytes text: [UInt8], alphabet: Alphabet = .url, allowWhitespace: Bool = false
    ) throws(DecodeError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 4 * 3 + 2)
        var acc: UInt32 = 0
        var bits = 0
        var padding = 0
        for (offset, c) in text.enumerated() {
            if c == UInt8(ascii: "=") { padding += 1; continue }
            if allowWhitespace, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { continue }
            if padding > 0 {
                throw DecodeError(offset: offset, message: "base64 data after '=' padding at offset \(offset)")
            }
            guard let v = value(of: c, alphabet: alphabet) else {
                throw DecodeError(offset: offset, message: badCharacterMessage(c, offset: offset, alphabet: alphabet))
            }
            acc = acc << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
            }
        }
        // 6 leftover bits means one lone character: no whole byte can come from it.
        if bits >= 6 {
            throw DecodeError(offset: text.count, message: "base64 text ends with a lone character (truncated?)")
        }
        return out
    }

    private static func value(of c: UInt8, alphabet: Alphabet) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): c - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): c - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+") where alphabet == .standard: 62
        case UInt8(ascii: "/") where alphabet == .standard: 63
        case UInt8(ascii: "-") where alphabet == .url: 62
        case UInt8(ascii: "_") where alphabet == .url: 63
        default: nil
        }
    }

    private static func badCharacterMessage(_ c: UInt8, offset: Int, alphabet: Alphabet) -> String {
        let shown = (0x21...0x7E).contains(c) ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x" + String(c, radix: 16)
        switch (c, alphabet) {
        case (UInt8(ascii: "+"), .url), (UInt8(ascii: "/"), .url):
            return "\(shown) at offset \(offset) is standard base64, not base64url"
        case (UInt8(ascii: "-"), .standard), (UInt8(ascii: "_"), .standard):
            return "\(shown) at offset \(offset) is base64url, not standard base64"
        default:
            return "\(shown) at offset \(offset) is not a base64 character"
        }
    }
}
