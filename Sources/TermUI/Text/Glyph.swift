/// One sanitised unit of display text: a grapheme cluster or a visible escape, with its width and style.
///
/// Glyphs are made only by the `Sanitizer` (and TermUI's own drawing), so a
/// glyph can never carry a control character, an escape sequence or a bidi
/// override to the terminal.
public struct Glyph: Sendable, Hashable {
    /// What a glyph stands for.
    public enum Kind: Sendable, Hashable {
        /// Ordinary text: one grapheme cluster.
        case text
        /// A visible escape such as `\u001b` standing for an unsafe code point (drawn dim).
        case escape
        /// A kept line break (only with `Sanitizer.NewlinePolicy.keep`); zero width.
        case lineBreak
    }

    /// The characters drawn: one cluster for `.text`, several ASCII characters for `.escape`.
    public let text: String
    /// Cells taken: the cluster's display width, or the escape's length.
    public let width: Int
    public let kind: Kind
    public var style: Style

    init(text: String, width: Int, kind: Kind, style: Style) {
        self.text = text
        self.width = width
        self.kind = kind
        self.style = style
    }

    /// The style actually drawn: escapes are dimmed so they read as metadata, not content.
    public var drawnStyle: Style { kind == .escape ? style.dimmed : style }

    /// The glyph split into one-cell pieces (for an escape wider than the space left); text glyphs stay whole.
    var cellPieces: [Glyph] {
        guard kind == .escape, width > 1 else { return [self] }
        return text.map { Glyph(text: String($0), width: 1, kind: .escape, style: style) }
    }

    static func space(_ style: Style) -> Glyph { Glyph(text: " ", width: 1, kind: .text, style: style) }
}
