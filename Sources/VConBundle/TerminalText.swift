/// Makes text from a bundle safe to print: controls, ESC and bidi overrides become visible escapes.
///
/// A vCon or an archive entry name is attacker-controlled; printed raw, `ESC [` sequences could
/// rewrite the terminal and a U+202E could reverse what the user reads.
public enum TerminalText {
    /// `text` with C0 controls, DEL, C1 controls and bidi formatting characters written as `\uXXXX`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u" + hex4(scalar.value)
            } else if scalar == "\\" {
                // Escaped too, so `\u001b` in the output is unambiguous.
                out += "\\\\"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a scalar must not reach a terminal as itself.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
