/// Base64 and base64url (RFC 4648) decoding and encoding, for vCon bodies, JOSE and x5c.
///
/// Decoding is lenient and says what it forgave: the vCon spec writes base64url without
/// padding, but real files carry the standard alphabet, padding and line breaks.
public enum Base64 {
    /// What a lenient decode noticed about its input.
    public struct Leniency: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `+` or `/` seen (standard alphabet).
        public static let standardAlphabet = Leniency(rawValue: 1)
        /// `=` padding seen.
        public static let padding = Leniency(rawValue: 2)
        /// Whitespace or line breaks skipped.
        public static let whitespace = Leniency(rawValue: 4)
        /// `-` or `_` seen (URL-safe alphabet).
        public static let urlAlphabet = Leniency(rawValue: 8)
    }

    /// Why input is not base64.
    public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Offset of the first offending character in the input.
        public var offset: Int
        public var message: String
        public var description: String { message }
    }

    private static let table: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8.enumerated() {
            t[Int(c)] = Int8(i)
        }
        t[Int(UInt8(ascii: "+"))] = 62
        t[Int(UInt8(ascii: "-"))] = 62
        t[Int(UInt8(ascii: "/"))] = 63
        t[Int(UInt8(ascii: "_"))] = 63
        return t
    }()

    /// Decodes either alphabet, with or without padding and whitespace.
    public static func decode(_ input: some Collection<UInt8>) -> Result<(bytes: [UInt8], leniency: Leniency), DecodeError> {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var leniency: Leniency = []
        var accumulator: UInt32 = 0
        var bits = 0
        var padding = 0
        for (offset, c) in input.enumerated() {
            switch c {
            case UInt8(ascii: "="):
                padding += 1
                leniency.insert(.padding)
                continue
            case 0x20, 0x0A, 0x0D, 0x09:
                leniency.insert(.whitespace)
                continue
            case UInt8(ascii: "+"), UInt8(ascii: "/"): leniency.insert(.standardAlphabet)
            case UInt8(ascii: "-"), UInt8(ascii: "_"): leniency.insert(.urlAlphabet)
            default: break
            }
            let value = table[Int(c)]
            guard value >= 0 else {
                return .failure(DecodeError(offset: offset, message: "character \(describe(c)) at offset \(offset) is not base64"))
            }
            if padding > 0 {
                return .failure(DecodeError(offset: offset, message: "data after '=' padding at offset \(offset)"))
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        if bits >= 6 {
            return .failure(DecodeError(offset: input.count, message: "truncated base64: a lone final character"))
        }
        return .success((out, leniency))
    }

    /// Decodes strictly-or-leniently and returns only the bytes, or nil when not base64 at all.
    public static func decodeBytes(_ text: String) -> [UInt8]? {
        try? decode(Array(text.utf8)).get().bytes
    }

    /// Base64url without padding (the vCon and JOSE form).
    public static func urlEncode(_ bytes: some Collection<UInt8>) -> String {
        encode(bytes, alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", pad: false)
    }

    /// Standard base64 with padding.
    public static func standardEncode(_ bytes: some Collection<UInt8>) -> String {
        encode(bytes, alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", pad: true)
    }

    private static func encode(_ bytes: some Collection<UInt8>, alphabet: String, pad: Bool) -> String {
        let symbols = Array(alphabet.utf8)
        let input = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= input.count {
            let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
            out += [symbols[Int(n >> 18 & 63)], symbols[Int(n >> 12 & 63)], symbols[Int(n >> 6 & 63)], symbols[Int(n & 63)]]
            i += 3
        }
        let rest = input.count - i
        if rest > 0 {
            let n = UInt32(input[i]) << 16 | (rest == 2 ? UInt32(input[i + 1]) << 8 : 0)
            out.append(symbols[Int(n >> 18 & 63)])
            out.append(symbols[Int(n >> 12 & 63)])
            if rest == 2 { out.append(symbols[Int(n >> 6 & 63)]) }
            if pad { out += Array(repeating: UInt8(ascii: "="), count: 3 - rest) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func describe(_ c: UInt8) -> String {
        c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "0x" + String(c, radix: 16, uppercase: true)
    }
}
