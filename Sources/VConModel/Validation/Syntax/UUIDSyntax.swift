/// UUID syntax (RFC 9562 §4): `8-4-4-4-12` hexadecimal digits.
public enum UUIDSyntax {
    /// True for the hyphenated 36-character form, either case.
    public static func isValid(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 36 else { return false }
        for (k, c) in b.enumerated() {
            if k == 8 || k == 13 || k == 18 || k == 23 {
                guard c == UInt8(ascii: "-") else { return false }
            } else {
                guard isHex(c) else { return false }
            }
        }
        return true
    }

    /// The version nibble of a valid UUID.
    public static func version(_ text: String) -> Int? {
        guard isValid(text) else { return nil }
        let c = Array(text.utf8)[14]
        return hexValue(c)
    }

    /// True for RFC 7989 session ids: 32 hexadecimal digits, no hyphens.
    public static func isSessionId(_ text: String) -> Bool {
        let b = Array(text.utf8)
        return b.count == 32 && b.allSatisfy(isHex)
    }

    static func isHex(_ c: UInt8) -> Bool { hexValue(c) != nil }

    static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case 0x30...0x39: Int(c - 0x30)
        case 0x61...0x66: Int(c - 0x61 + 10)
        case 0x41...0x46: Int(c - 0x41 + 10)
        default: nil
        }
    }
}
