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

    /// Character classes as bits: 1 url-safe data, 2 standard-only data, 4 padding, 8 whitespace, 16 other.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 16, count: 256)
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8 { table[Int(c)] = 1 }
        for c in "+/".utf8 { table[Int(c)] = 2 }
        table[Int(UInt8(ascii: "="))] = 4
        for c in [0x20, 0x09, 0x0A, 0x0D] { table[c] = 8 }
        return table
    }()

    /// Scans raw string bytes (as written, escapes not resolved; `\/` counts as a bad character).
    ///
    /// Eight bytes at a time while they are all url-safe data (the common case for a 100 MB
    /// recording), byte by byte around anything else.
    public static func scan(_ bytes: UnsafeRawBufferPointer) -> Result {
        var result = Result()
        var data = 0
        classes.withUnsafeBufferPointer { table in
            var k = 0
            let count = bytes.count
            while k < count {
                if k + 8 <= count && !result.padding {
                    let m =
                        table[Int(bytes[k])] | table[Int(bytes[k + 1])] | table[Int(bytes[k + 2])] | table[Int(bytes[k + 3])]
                        | table[Int(bytes[k + 4])] | table[Int(bytes[k + 5])] | table[Int(bytes[k + 6])] | table[Int(bytes[k + 7])]
                    if m == 1 {
                        data += 8
                        k += 8
                        continue
                    }
                }
                switch table[Int(bytes[k])] {
                case 1:
                    if result.padding, result.badOffset == nil { result.badOffset = k }
                    data += 1
                case 2:
                    result.standardAlphabet = true
                    data += 1
                case 4: result.padding = true
                case 8: result.whitespace = true
                default: if result.badOffset == nil { result.badOffset = k }
                }
                k += 1
            }
        }
        result.dataCount = data
        return result
    }

    /// Scans a decoded string.
    public static func scan(_ bytes: [UInt8]) -> Result { bytes.withUnsafeBytes(scan) }
}
