/// The one definition of text that must never reach a terminal as itself, used by every output path:
/// the command line (`TextSafety` in VConModel, its `--json` writer) and the screen (`Sanitizer` in TermUI).
///
/// A code point is unsafe when it is a control (it moves the cursor, starts an escape sequence, rings, erases),
/// reorders text (bidi), is invisible (format characters, tags, separators), is not meant for interchange
/// (noncharacters) or is private use on the supplementary planes (no font draws it, so it hides text).
/// Swift strings hold no lone surrogates: decoders turn them into U+FFFD before they reach here.
///
/// Grapheme clusters add context: a joiner or variation selector inside a cluster is kept (emoji ZWJ sequences,
/// Indic and Arabic shaping), one that starts a cluster is shown (it would be invisible), and tag characters
/// are kept only as the tail of a subdivision flag (U+1F3F4 + tags + U+E007F), the one use Unicode recommends.
public enum UnsafeText {
    /// Why a code point is unsafe.
    public enum Hazard: String, Sendable, CaseIterable {
        /// U+0000–U+001F, including ESC (U+001B), which starts every terminal escape sequence.
        case c0Control = "C0 control"
        /// U+007F DEL and U+0080–U+009F (U+009B is a one-byte CSI on some terminals).
        case c1Control = "DEL or C1 control"
        /// U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: reorder the text around them.
        case bidiControl = "bidi control"
        /// Other General_Category Cf (U+00AD, U+200B, U+2060–U+2064, U+FEFF…): invisible.
        case invisibleFormat = "invisible format character"
        /// U+2028, U+2029: break lines where nothing shows a break.
        case separator = "line or paragraph separator"
        /// U+E0000–U+E007F: invisible copies of ASCII that can hide instructions in innocent text.
        case tag = "tag character"
        /// U+FDD0–U+FDEF and the last two code points of every plane.
        case noncharacter
        /// U+F0000–U+10FFFD: no font draws them.
        case privateUse = "supplementary private use"
    }

    /// The hazard of one code point, or nil when it may be printed as itself.
    public static func hazard(_ scalar: Unicode.Scalar) -> Hazard? {
        let v = scalar.value
        if v < 0x20 { return .c0Control }
        if v < 0x7F { return nil }
        if v <= 0x9F { return .c1Control }
        if v < 0xAD { return nil }
        if v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
            return .bidiControl
        }
        if v == 0x2028 || v == 0x2029 { return .separator }
        if (0xE0000...0xE007F).contains(v) { return .tag }
        if (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE { return .noncharacter }
        if v >= 0xF0000 { return .privateUse }
        // Joiners are format characters but shape text inside a cluster; `escapes(in:)` handles them alone.
        if v == 0x200C || v == 0x200D { return nil }
        if isFormat(v) { return .invisibleFormat }
        return nil
    }

    /// True when a code point must never be printed as itself.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { hazard(scalar) != nil }

    /// For each code point of a grapheme cluster, whether it must be shown as an escape in this cluster.
    public static func escapes(in cluster: Character) -> [Bool] {
        let scalars = Array(cluster.unicodeScalars)
        guard let first = scalars.first else { return [] }
        var mask = scalars.map(isUnsafe)
        if isSubdivisionFlag(scalars) {
            for index in 1..<scalars.count { mask[index] = false }
        }
        // A joiner or selector with no base before it joins or selects nothing and would be invisible.
        if isInvisibleAlone(first) { mask[0] = true }
        return mask
    }

    /// True when a cluster can be printed as itself.
    public static func isSafe(_ cluster: Character) -> Bool { !escapes(in: cluster).contains(true) }

    /// `\u001b` (or `\u{e0041}` above the BMP): the visible escape for a code point.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value > 0xFFFF { return "\\u{\(hex)}" }
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// True for printable ASCII (space to `~`): safe, one byte a character and one cell a character. The fast path
    /// of everything that measures or escapes paths, uuids and subjects.
    @inlinable public static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// True when every byte of `text` is printable ASCII.
    public static func isPrintableASCII(_ text: String) -> Bool { text.utf8.allSatisfy(isPrintableASCII) }

    /// One line of safe text: every code point that must be escaped in its cluster becomes `\uXXXX`,
    /// newlines and tabs too unless `keepLayout` (then `\n` and `\t` stay, for multi-line blocks).
    public static func escaped(_ text: String, keepLayout: Bool = false) -> String {
        // Printable ASCII is always safe, and it is most of what is escaped (paths, uuids, subjects): returned
        // as it is, without walking its clusters (a 100 000-file tree spent a fifth of its listing here).
        if isPrintableASCII(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for cluster in text {
            if isSafe(cluster) {
                out.append(cluster)
                continue
            }
            for (scalar, unsafe) in zip(cluster.unicodeScalars, escapes(in: cluster)) {
                if keepLayout, scalar == "\n" || scalar == "\t" {
                    out.unicodeScalars.append(scalar)
                } else if unsafe {
                    out += escape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// U+1F3F4 followed by tags U+E0020–U+E007E and ended by CANCEL TAG U+E007F (the flags of England, Scotland, Wales).
    static func isSubdivisionFlag(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3, scalars[0].value == 0x1F3F4, scalars[scalars.count - 1].value == 0xE007F else { return false }
        return scalars[1..<(scalars.count - 1)].allSatisfy { (0xE0020...0xE007E).contains($0.value) }
    }

    /// Joiners and variation selectors: fine after a base, invisible at the start of a cluster.
    static func isInvisibleAlone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x200C || v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v)
            || (0x180B...0x180D).contains(v) || v == 0x180F
    }

    /// General_Category Cf (format) code points from U+00AD on (Unicode 15.1).
    static func isFormat(_ value: UInt32) -> Bool { rangesContain(formatRanges, value) }

    /// Binary search in a sorted table of inclusive (lo, hi) pairs (TermUI's width tables use it too).
    public static func rangesContain(_ table: [UInt32], _ value: UInt32) -> Bool {
        var lo = 0
        var hi = table.count / 2 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if value < table[2 * mid] {
                hi = mid - 1
            } else if value > table[2 * mid + 1] {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Format characters (General_Category Cf) as inclusive (lo, hi) pairs.
    static let formatRanges: [UInt32] = [
        0xAD, 0xAD, 0x600, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70F, 0x70F, 0x890, 0x891, 0x8E2, 0x8E2, 0x180E, 0x180E,
        0x200B, 0x200F, 0x202A, 0x202E, 0x2060, 0x2064, 0x2066, 0x206F, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFB, 0x110BD, 0x110BD,
        0x110CD, 0x110CD, 0x13430, 0x1343F, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0001, 0xE0001, 0xE0020, 0xE007F,
    ]
}
