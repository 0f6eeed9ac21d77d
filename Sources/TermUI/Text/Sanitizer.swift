import UnsafeText

/// Turns untrusted strings into safe display glyphs.
///
/// What is unsafe is `UnsafeText`'s one definition (shared with the command line's `TextSafety`), shown as
/// visible escapes (`\u001b`, `\u202e`, `\u{e0041}`, `\r`): C0 and C1 controls, bidi controls and isolates,
/// invisible format characters, separators, tag characters outside a subdivision flag, noncharacters and
/// supplementary private use. Kept: ZWJ/ZWNJ and variation selectors inside a cluster, combining marks
/// attached to a base. A combining mark with no base is drawn on a space.
/// Tabs become spaces up to the next tab stop; newlines follow `newlines`.
public struct Sanitizer: Sendable {
    /// What happens to a newline (`\n` or `\r\n`).
    public enum NewlinePolicy: Sendable, Hashable {
        /// Kept as a line-break glyph, for wrapped multi-line text.
        case keep
        /// Shown as the given marker (e.g. `Glyphs.newlineMarker`, `↵`), dim, for single-line contexts.
        case marker(String)
        /// Shown as the escape `\n`, dim.
        case escape
    }

    public var newlines: NewlinePolicy
    public var tabWidth: Int

    public init(newlines: NewlinePolicy = .escape, tabWidth: Int = 8) {
        self.newlines = newlines
        self.tabWidth = max(1, tabWidth)
    }

    /// For single-line contexts (list rows, titles, status): newlines shown as `\n`.
    public static let singleLine = Sanitizer(newlines: .escape)
    /// For wrapped text: newlines kept as line breaks.
    public static let multiLine = Sanitizer(newlines: .keep)

    /// Sanitises `string` into glyphs; tab stops count from `startColumn` (and from 0 after each kept newline).
    public func glyphs(_ string: String, style: Style = .plain, startColumn: Int = 0) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(string.utf8.count)
        var column = startColumn
        for character in string {
            if character == "\n" || character == "\r\n" {
                appendNewline(to: &out, style: style, column: &column)
            } else if character == "\t" {
                let n = tabWidth - (column % tabWidth)
                for _ in 0..<n { out.append(.space(style)) }
                column += n
            } else if UnsafeText.isSafe(character) {
                column += appendCluster(character, to: &out, style: style)
            } else {
                column += appendSplitting(character, to: &out, style: style)
            }
        }
        return out
    }

    /// Sanitises to a plain string (escapes inline, newlines per policy): for logs and CLI output.
    public func sanitize(_ string: String) -> String {
        var result = ""
        for glyph in glyphs(string) { result += glyph.kind == .lineBreak ? "\n" : glyph.text }
        return result
    }

    /// True when a code point must never reach the terminal as itself (`UnsafeText.isUnsafe`).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { UnsafeText.isUnsafe(scalar) }

    /// The visible escape for a code point: `\r`, `\u001b`, `\u{e0041}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        if scalar.value == 0x0D { return "\\r" }
        let hex = String(scalar.value, radix: 16)
        if scalar.value > 0xFFFF { return "\\u{\(hex)}" }
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    private func appendNewline(to out: inout [Glyph], style: Style, column: inout Int) {
        switch newlines {
        case .keep:
            out.append(Glyph(text: "\n", width: 0, kind: .lineBreak, style: style))
            column = 0
        case .marker(let marker):
            let width = max(1, DisplayWidth.of(marker))
            out.append(Glyph(text: Self.singleLine.sanitize(marker), width: width, kind: .escape, style: style))
            column += width
        case .escape:
            out.append(Glyph(text: "\\n", width: 2, kind: .escape, style: style))
            column += 2
        }
    }

    /// Appends a safe cluster; returns the cells used.
    private func appendCluster(_ character: Character, to out: inout [Glyph], style: Style) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if Self.isUnsafe(first) {
            return appendEscape(first, to: &out, style: style)
        }
        let width = DisplayWidth.of(character)
        if width > 0 {
            out.append(Glyph(text: String(character), width: width, kind: .text, style: style))
            return width
        }
        if DisplayWidth.isVisibleMark(first) {
            // A mark with nothing to sit on: give it a space so it takes a cell of its own.
            out.append(Glyph(text: " " + String(character), width: 1, kind: .text, style: style))
            return 1
        }
        // Invisible on its own (a lone joiner or selector): make it visible.
        return character.unicodeScalars.reduce(0) { $0 + appendEscape($1, to: &out, style: style) }
    }

    /// Splits a cluster holding unsafe code points: escapes for those, re-segmented text for the rest.
    private func appendSplitting(_ character: Character, to out: inout [Glyph], style: Style) -> Int {
        var used = 0
        var pending = String.UnicodeScalarView()
        func flush() {
            for piece in String(pending) { used += appendCluster(piece, to: &out, style: style) }
            pending = String.UnicodeScalarView()
        }
        for (scalar, unsafe) in zip(character.unicodeScalars, UnsafeText.escapes(in: character)) {
            if unsafe {
                flush()
                used += appendEscape(scalar, to: &out, style: style)
            } else {
                pending.append(scalar)
            }
        }
        flush()
        return used
    }

    private func appendEscape(_ scalar: Unicode.Scalar, to out: inout [Glyph], style: Style) -> Int {
        let text = Self.escape(scalar)
        out.append(Glyph(text: text, width: text.count, kind: .escape, style: style))
        return text.count
    }
}
