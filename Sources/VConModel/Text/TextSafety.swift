/// Makes untrusted text safe to print on a terminal: control characters, escape sequences
/// and bidi controls become visible escapes such as `\u001b`, never raw.
///
/// Used by every command-line output; TermUI has its own cell-level sanitiser for the screen.
public enum TextSafety {
    /// True for scalars that must never reach a terminal raw: C0, DEL, C1, bidi and other invisible format controls.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0x061C, 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// `\uXXXX` (or `\u{XXXXX}` above the BMP) for a scalar.
    public static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value > 0xFFFF { return "\\u{\(hex)}" }
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// One line of safe text: every unsafe scalar escaped, newlines and tabs too.
    public static func line(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Safe multi-line text: newlines kept, tabs kept, everything else unsafe escaped.
    public static func block(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || !needsEscape(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += unicodeEscape(scalar)
            }
        }
        return out
    }
}
