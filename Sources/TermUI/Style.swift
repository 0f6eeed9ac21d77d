/// One of the 16 ANSI palette colours, or the terminal's own default.
///
/// The actual RGB values belong to the user's terminal theme; TermUI only names
/// the slots. `Theme` picks slots that read on both dark and light backgrounds.
public enum TermColor: Int, Sendable, Hashable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    /// The terminal's default foreground or background (SGR 39 / 49).
    case `default` = -1

    /// Palette index 0...15, or nil for the default colour.
    public var paletteIndex: Int? { rawValue >= 0 ? rawValue : nil }
}

/// How a cell is drawn: colours and attributes.
///
/// Meaning must never be carried by colour alone (UX.md): pair a colour with
/// bold, reverse or a glyph, so `NO_COLOR` users see the same information.
public struct Style: Sendable, Hashable {
    public var foreground: TermColor
    public var background: TermColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: TermColor = .default, background: TermColor = .default,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// Default colours, no attributes.
    public static let plain = Style()

    /// A copy with the foreground set.
    public func fg(_ color: TermColor) -> Style { var s = self; s.foreground = color; return s }
    /// A copy with the background set.
    public func bg(_ color: TermColor) -> Style { var s = self; s.background = color; return s }
    /// A copy with bold on.
    public var bolded: Style { var s = self; s.bold = true; return s }
    /// A copy with reverse video on.
    public var reversed: Style { var s = self; s.reverse = true; return s }
    /// A copy with underline on.
    public var underlined: Style { var s = self; s.underline = true; return s }
    /// A copy with dim on.
    public var dimmed: Style { var s = self; s.dim = true; return s }

    /// The same attributes without any colour (for `NO_COLOR`).
    public var withoutColor: Style { var s = self; s.foreground = .default; s.background = .default; return s }
}
