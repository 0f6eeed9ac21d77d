/// Named styles for meanings, from the 16-colour palette, readable on dark and light backgrounds.
///
/// Why these slots: white/black foregrounds vanish on one of the two backgrounds, and
/// yellow or bright colours wash out on light ones; red, green, blue, magenta and cyan
/// read on both. Every meaning also has an attribute (bold, reverse, dim, underline),
/// so `NO_COLOR` loses nothing.
public struct Theme: Sendable, Hashable {
    public var normal: Style
    /// Secondary text: paths, counts, hints' labels.
    public var muted: Style
    /// Titles, keys in hint bars, the focused pane's border.
    public var accent: Style
    /// The selected row.
    public var selection: Style
    /// Header and status lines.
    public var bar: Style
    public var error: Style
    public var warning: Style
    public var success: Style
    /// Search hits; the current hit adds underline.
    public var searchHit: Style
    public var border: Style

    public init(
        normal: Style, muted: Style, accent: Style, selection: Style, bar: Style, error: Style,
        warning: Style, success: Style, searchHit: Style, border: Style
    ) {
        self.normal = normal
        self.muted = muted
        self.accent = accent
        self.selection = selection
        self.bar = bar
        self.error = error
        self.warning = warning
        self.success = success
        self.searchHit = searchHit
        self.border = border
    }

    /// The default palette.
    public static let standard = Theme(
        normal: .plain, muted: Style(dim: true), accent: Style(foreground: .blue, bold: true),
        selection: Style(reverse: true), bar: Style(reverse: true), error: Style(foreground: .red, bold: true),
        warning: Style(foreground: .magenta, bold: true), success: Style(foreground: .green),
        searchHit: Style(foreground: .cyan, reverse: true), border: Style(foreground: .cyan))

    /// Bright colours for dark backgrounds (`theme = "dark"`): plain blue and magenta are hard to read on black.
    public static let dark = Theme(
        normal: .plain, muted: Style(dim: true), accent: Style(foreground: .brightBlue, bold: true),
        selection: Style(reverse: true), bar: Style(reverse: true), error: Style(foreground: .brightRed, bold: true),
        warning: Style(foreground: .brightYellow, bold: true), success: Style(foreground: .brightGreen),
        searchHit: Style(foreground: .brightCyan, reverse: true), border: Style(foreground: .brightCyan))

    /// Dark colours for light backgrounds (`theme = "light"`): no yellow and no bright colours, which wash out on white.
    public static let light = Theme(
        normal: .plain, muted: Style(dim: true), accent: Style(foreground: .blue, bold: true),
        selection: Style(reverse: true), bar: Style(reverse: true), error: Style(foreground: .red, bold: true),
        warning: Style(foreground: .magenta, bold: true), success: Style(foreground: .green, bold: true),
        searchHit: Style(foreground: .blue, reverse: true), border: Style(foreground: .black))

    /// Attributes only, for `NO_COLOR`.
    public static let monochrome = Theme(
        normal: .plain, muted: Style(dim: true), accent: Style(bold: true), selection: Style(reverse: true),
        bar: Style(reverse: true), error: Style(bold: true, underline: true), warning: Style(bold: true),
        success: .plain, searchHit: Style(reverse: true), border: .plain)

    /// Every style, for checks over the whole theme.
    public var all: [Style] { [normal, muted, accent, selection, bar, error, warning, success, searchHit, border] }
}
