/// Draws a `TreeSource` with indentation and fold markers.
///
///     ▾ dialog
///       ▸ [0] recording · audio/x-wav        ← folded
///       ▾ [1] text
///           body "Hello"                     ← selected (reverse + bold)
public struct TreeView<Source: TreeSource> {
    public var source: Source
    public var glyphs: Glyphs
    public var theme: Theme
    /// Cells of indentation per level.
    public var indent: Int

    public init(source: Source, glyphs: Glyphs, theme: Theme = .standard, indent: Int = 2) {
        self.source = source
        self.glyphs = glyphs
        self.theme = theme
        self.indent = indent
    }

    /// Draws the visible rows from `state.offset`, fixing up the state first.
    public func render(into buffer: inout CellBuffer, area: Rect, state: inout TreeViewState) {
        guard !area.isEmpty else { return }
        state.fit(height: area.height, in: source)
        let rows = state.visibleRows(from: state.offset, count: area.height, in: source)
        for (row, node) in rows.enumerated() {
            let line = area.row(row)
            let marker: String
            if source.hasChildren(node) {
                marker = state.collapsed.contains(node) ? glyphs.collapsed : glyphs.expanded
            } else {
                marker = " "
            }
            let x = line.x + source.depth(of: node) * indent
            var text = SafeText(marker, style: theme.muted)
            text.append(" ")
            text.append(source.label(of: node))
            let room = Rect(x: x, y: line.y, width: line.maxX - x, height: 1).intersection(line)
            buffer.writeLine(text, in: room, ellipsis: glyphs.ellipsis)
            if node == state.selected {
                buffer.modifyStyle(in: line) {
                    $0.reverse = true; $0.bold = true
                }
            }
        }
    }
}
