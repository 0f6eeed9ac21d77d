import TermUI

/// How the JSON tree previews values: widths, the base64 threshold and styles.
public struct JSONPreviewOptions: Sendable, Hashable {
    /// Most cells a string preview takes between its quotes (longer strings end in `…`).
    public var stringWidth: Int
    /// Strings at least this long that look like base64 are shown as `"…" (size base64url)`, never decoded.
    public var base64MinimumLength: Int
    /// The ellipsis (`…`, or `...` in ASCII mode).
    public var ellipsis: String
    /// ASCII mode: keys and strings escaped (`\u9234`) before they are cut to `stringWidth`.
    public var ascii: Bool
    public var keyStyle: Style
    public var punctuationStyle: Style
    public var stringStyle: Style
    public var numberStyle: Style
    public var literalStyle: Style
    public var summaryStyle: Style

    public init(
        stringWidth: Int = 60, base64MinimumLength: Int = 256, glyphs: Glyphs = .unicode,
        theme: Theme = .standard
    ) {
        self.stringWidth = max(1, stringWidth)
        self.base64MinimumLength = base64MinimumLength
        ellipsis = glyphs.ellipsis
        ascii = glyphs.isASCII
        keyStyle = theme.accent
        punctuationStyle = theme.muted
        stringStyle = theme.normal
        numberStyle = theme.normal
        literalStyle = theme.normal.bolded
        summaryStyle = theme.muted
    }
}
