/// One terminal cell: a sanitised grapheme cluster, its display width and its style.
///
/// A two-cell character occupies a lead cell (`width == 2`) followed by a
/// continuation cell (`isContinuation`, empty text) that renderers skip.
/// Cells are made only inside TermUI, from sanitised text, so nothing
/// unsanitised can reach a terminal through a `CellBuffer`.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster drawn in this cell; empty for a continuation cell.
    public let text: String
    /// Display width: 1, 2 for a wide lead cell, 0 for a continuation cell.
    public let width: Int
    public var style: Style

    init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// True for the right half of a two-cell character.
    public var isContinuation: Bool { width == 0 }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }

    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
}
