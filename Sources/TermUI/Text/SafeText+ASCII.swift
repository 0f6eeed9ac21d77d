/// ASCII-only display: every code point outside ASCII as a visible escape (`\u9234`).
///
/// For `--ascii` and non-UTF-8 locales (`LANG=C`), where a terminal would show UTF-8 bytes as
/// mojibake or `?`. `CellBuffer.asciiOnly` applies it to everything written, so no screen or printout
/// path can forget it; code that measures text for layout applies it first to get the widths right.
extension Glyph {
    /// Whether the glyph draws only ASCII characters.
    public var isASCII: Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// The glyph as ASCII-only glyphs: itself when already ASCII, else one escape per non-ASCII
    /// code point (ASCII code points of the cluster stay text; `Sanitizer.asciiPunctuation` is transliterated).
    public var asciiOnly: [Glyph] {
        guard !isASCII else { return [self] }
        var out: [Glyph] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(Glyph(text: String(scalar), width: 1, kind: kind == .lineBreak ? .text : kind, style: style))
            } else if let ascii = Sanitizer.asciiPunctuation[scalar] {
                out += ascii.map { Glyph(text: String($0), width: 1, kind: .text, style: style) }
            } else {
                let escape = Sanitizer.escape(scalar)
                out.append(Glyph(text: escape, width: escape.count, kind: .escape, style: style))
            }
        }
        return out
    }
}

extension SafeText {
    /// The text with every non-ASCII code point as a visible escape (`鈴木` → `\u9234\u6728`).
    public func asciiOnly() -> SafeText {
        guard !glyphs.allSatisfy(\.isASCII) else { return self }
        return SafeText(glyphs: glyphs.flatMap(\.asciiOnly))
    }

    /// Applies `asciiOnly()` when `ascii` is true.
    public func asciiOnly(if ascii: Bool) -> SafeText { ascii ? asciiOnly() : self }
}

extension Sanitizer {
    /// Punctuation our own reports use, as ASCII (`→` `->`, `—` `-`, `…` `...`): transliterated rather than
    /// escaped, so an ASCII report reads as one; everything else outside ASCII becomes an escape.
    static let asciiPunctuation: [Unicode.Scalar: String] = [
        "\u{2192}": "->", "\u{2190}": "<-", "\u{2014}": "-", "\u{2013}": "-", "\u{2026}": "...", "\u{00B7}": "-",
        "\u{2022}": "*", "\u{2502}": "|", "\u{2500}": "-", "\u{251C}": "|", "\u{2514}": "`",
    ]

    /// A plain string with every non-ASCII code point escaped (`a鈴b` → `a\u9234b`) or, for the punctuation
    /// of `asciiPunctuation`, transliterated: for text printed in ASCII mode.
    public static func asciiOnly(_ string: String) -> String {
        guard !string.utf8.allSatisfy({ $0 < 0x80 }) else { return string }
        var out = ""
        for scalar in string.unicodeScalars {
            out += scalar.isASCII ? String(scalar) : (asciiPunctuation[scalar] ?? escape(scalar))
        }
        return out
    }
}
