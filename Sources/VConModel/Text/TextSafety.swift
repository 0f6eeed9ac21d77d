import UnsafeText

/// Makes untrusted text safe to print on a terminal: control characters, escape sequences, bidi controls,
/// invisible format and tag characters, noncharacters become visible escapes such as `\u001b`, never raw.
///
/// Used by every command-line output. What counts as unsafe is `UnsafeText`'s one definition, which the
/// screen's `Sanitizer` uses too, so `show` and the browser never disagree.
public enum TextSafety {
    /// True for scalars that must never reach a terminal raw (`UnsafeText.isUnsafe`).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool { UnsafeText.isUnsafe(scalar) }

    /// `\uXXXX` (or `\u{XXXXX}` above the BMP) for a scalar.
    public static func unicodeEscape(_ scalar: Unicode.Scalar) -> String { UnsafeText.escape(scalar) }

    /// One line of safe text: every unsafe scalar escaped, newlines and tabs too.
    public static func line(_ text: String) -> String { UnsafeText.escaped(text) }

    /// Safe multi-line text: newlines kept, tabs kept, everything else unsafe escaped.
    public static func block(_ text: String) -> String { UnsafeText.escaped(text, keepLayout: true) }
}
