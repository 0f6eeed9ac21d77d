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

    /// Character classes: 0 other, 1 url-safe data, 2 standard-only data, 3 padding, 4 whitespace.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8 { table[Int(c)] = 1 }
        for c in "+/".utf8 { table[Int(c)] = 2 }
        table[Int(UInt8(ascii: "="))] = 3
        for c in [0x20, 0x09, 0x0A, 0x0D] { table[c] = 4 }
        return table
    }()

    /// Scans raw string bytes (as written, escapes not resolved; `\/` counts as a bad character).
    public static func scan(_ bytes: UnsafeRawBufferPointer) -> Result {
        var result = Result()
        var data = 0
        // A plain index loop over a table: this runs over 100 MB bodies, in debug builds too.
        classes.withUnsafeBufferPointer { table in
            var k = 0
            let count = bytes.count
            while k < count {
                switch table[Int(bytes[k])] {
                case 1:
                    if result.padding, result.badOffset == nil { result.badOffset = k }
                    data += 1
                case 2:
                    result.standardAlphabet = true
                    data += 1
                case 3: result.padding = true
                case 4: result.whitespace = true
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
