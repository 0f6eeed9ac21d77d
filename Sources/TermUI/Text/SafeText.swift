/// Sanitised, styled display text: a sequence of glyphs, possibly several spans and lines.
///
/// This is what every TermUI drawing API takes. Build it from strings (each goes
/// through a `Sanitizer`), append styled spans, then truncate or wrap by display width.
///
///     var line = SafeText("parties[1] ", style: theme.muted)
///     line.append(untrustedName, style: .plain.bolded)
///     buffer.write(line.truncated(to: 30, glyphs: .unicode), x: 2, y: 1)
public struct SafeText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The sanitised glyphs, in order.
    public internal(set) var glyphs: [Glyph]

    /// Empty text.
    public init() { glyphs = [] }

    /// Sanitises `string` with the given style (single-line by default: newlines shown as `\n`).
    public init(_ string: String, style: Style = .plain, sanitizer: Sanitizer = .singleLine) {
        glyphs = sanitizer.glyphs(string, style: style)
    }

    /// Sanitises a string literal (trusted or not, it is sanitised all the same).
    public init(stringLiteral value: String) { self.init(value) }

    /// Joins styled spans: each `(text, style)` pair is sanitised in turn, tab stops continuing.
    public init(spans: [(String, Style)], sanitizer: Sanitizer = .singleLine) {
        glyphs = []
        for (text, style) in spans { append(text, style: style, sanitizer: sanitizer) }
    }

    init(glyphs: [Glyph]) { self.glyphs = glyphs }

    /// Total display width (of the widest line when line breaks are kept).
    public var width: Int { lines.map(\.lineWidth).max() ?? 0 }

    /// True when there are no glyphs.
    public var isEmpty: Bool { glyphs.isEmpty }

    /// The text as drawn (escapes included, line breaks as `\n`), without styles.
    public var plainText: String {
        var result = ""
        for glyph in glyphs { result += glyph.kind == .lineBreak ? "\n" : glyph.text }
        return result
    }

    public var description: String { plainText }

    /// Appends a sanitised string in the given style.
    public mutating func append(_ string: String, style: Style = .plain, sanitizer: Sanitizer = .singleLine) {
        glyphs += sanitizer.glyphs(string, style: style, startColumn: currentColumn)
    }

    /// Appends other safe text.
    public mutating func append(_ other: SafeText) { glyphs += other.glyphs }

    /// Concatenation.
    public static func + (lhs: SafeText, rhs: SafeText) -> SafeText { SafeText(glyphs: lhs.glyphs + rhs.glyphs) }

    /// A copy with every glyph's style changed by `transform` (escapes stay dim when drawn).
    public func restyled(_ transform: (inout Style) -> Void) -> SafeText {
        SafeText(
            glyphs: glyphs.map { glyph in
                var g = glyph
                transform(&g.style)
                return g
            })
    }

    /// The text split at kept line breaks (always at least one line).
    public var lines: [SafeText] {
        var result: [SafeText] = []
        var current: [Glyph] = []
        for glyph in glyphs {
            if glyph.kind == .lineBreak {
                result.append(SafeText(glyphs: current))
                current = []
            } else {
                current.append(glyph)
            }
        }
        result.append(SafeText(glyphs: current))
        return result
    }

    /// Width of the glyphs, ignoring line breaks.
    var lineWidth: Int { glyphs.reduce(0) { $0 + $1.width } }

    /// The column after the last line break, for tab stops when appending.
    private var currentColumn: Int {
        var column = 0
        for glyph in glyphs.reversed() {
            if glyph.kind == .lineBreak { break }
            column += glyph.width
        }
        return column
    }
}
