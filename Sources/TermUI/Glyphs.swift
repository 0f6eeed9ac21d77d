/// The symbols TermUI draws: box lines, markers, arrows; Unicode or plain ASCII.
///
/// Passed explicitly to every widget so one flag (`--ascii`, or a non-UTF-8
/// locale) switches the whole screen. Never ACS line drawing: it turns into
/// `qqqq` over PuTTY and mosh. ASCII truncation uses `~` (one cell, so as much
/// content as possible survives).
public struct Glyphs: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// `┬`: a vertical line leaving a horizontal one downwards.
    public var teeDown: String
    /// `┴`
    public var teeUp: String
    /// `├`
    public var teeRight: String
    /// `┤`
    public var teeLeft: String
    /// `┼`
    public var cross: String
    /// Marks truncated text.
    public var ellipsis: String
    /// Stands for a newline in single-line contexts.
    public var newlineMarker: String
    /// Points at the selected row.
    public var selectionMarker: String
    /// A folded tree node.
    public var collapsed: String
    /// An unfolded tree node.
    public var expanded: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowLeft: String
    public var arrowRight: String
    public var bullet: String
    /// Separates fields in headers and status lines.
    public var separator: String
    /// True for the ASCII set.
    public var isASCII: Bool

    /// Unicode light box lines and symbols.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼",
        ellipsis: "…", newlineMarker: "↵", selectionMarker: "▶", collapsed: "▸", expanded: "▾",
        arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→", bullet: "•", separator: "·", isASCII: false)

    /// Plain ASCII (`+-|`), for non-UTF-8 locales and `--ascii`.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+",
        ellipsis: "~", newlineMarker: "\\n", selectionMarker: ">", collapsed: "+", expanded: "-",
        arrowUp: "^", arrowDown: "v", arrowLeft: "<", arrowRight: ">", bullet: "*", separator: "-", isASCII: true)

    /// The set for a terminal: ASCII unless the locale is UTF-8.
    public static func forTerminal(utf8: Bool) -> Glyphs { utf8 ? .unicode : .ascii }
}
