/// A fast check of a base64url body without decoding or copying it (bodies can be 100 MB).
public enum Base64URLScan {
    /// What a scan saw.
    public struct Result: Sendable, Equatable {
        /// Offset (in the string's bytes) of the first character no base64 alphabet has.
        public var badOffset: Int?
        /// `+` or `/` seen (the standard alphabet, not base64url).
        public var standardAlphabet = false
        /// `=` padding seen (base64url in JOSE omits it).
        public var padding = false
        /// Whitespace or line breaks seen.
        public var whitespace = false
        /// Data characters (excluding padding and whitespace).
        public var dataCount = 0
        /// True when the length cannot be base64 (one character left over).
        public var badLength: Bool { dataCount % 4 == 1 }
    }

    /// Scans raw string bytes (as written, escapes not resolved; `\/` counts as a bad character).
    public static func scan(_ bytes: UnsafeRawBufferPointer) -> Result {
        var result = Result()
        for (k, c) in bytes.enumerated() {
            switch c {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "_"):
                if result.padding, result.badOffset == nil { result.badOffset = k }
                result.dataCount += 1
            case UInt8(ascii: "+"), UInt8(ascii: "/"):
                result.standardAlphabet = true
                result.dataCount += 1
            case UInt8(ascii: "="): result.padding = true
            case 0x20, 0x09, 0x0A, 0x0D: result.whitespace = true
            default:
                if result.badOffset == nil { result.badOffset = k }
            }
        }
        return result
    }

    /// Scans a decoded string.
    public static func scan(_ bytes: [UInt8]) -> Result { bytes.withUnsafeBytes(scan) }
}
