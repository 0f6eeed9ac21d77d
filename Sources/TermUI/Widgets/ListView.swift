/// A selectable, scrollable, filterable list of single-line rows.
///
///     ▶ 2026-01-15 14:30  Alice → Bob    [S]     ← selected (marker + reverse)
///       2026-01-15 15:02  Carol → Dan    [-]
///     \ bob · 12 hidden                          ← when a filter is set
///
/// With `numbered`, each row starts with its number counted from 1 (`:set number`), right-aligned to the
/// widest number; the numbers stay those of the unfiltered list.
///
/// The data (rows) lives here; where the cursor is lives in `ListViewState`.
public struct ListView: Sendable {
    public var items: ListRows
    public var glyphs: Glyphs
    public var theme: Theme
    public var numbered: Bool

    public init(items: [SafeText], glyphs: Glyphs, theme: Theme = .standard, numbered: Bool = false) {
        self.init(rows: ListRows(items), glyphs: glyphs, theme: theme, numbered: numbered)
    }

    /// A list over rows drawn on demand (only the rows on screen are drawn).
    public init(rows: ListRows, glyphs: Glyphs, theme: Theme = .standard, numbered: Bool = false) {
        self.items = rows
        self.glyphs = glyphs
        self.theme = theme
        self.numbered = numbered
    }

    /// Cells before a row's text: the selection marker and a space, and the number column when numbered.
    public var textIndent: Int {
        DisplayWidth.of(glyphs.selectionMarker) + 1 + (numbered ? String(items.count).count + 1 : 0)
    }

    /// Indices of the items that match `filter` (case-insensitive substring of the row's text), in order.
    public func visibleIndices(filter: String) -> [Int] {
        guard !filter.isEmpty else { return Array(items.indices) }
        let needle = filter.lowercased()
        return items.indices.filter { TextMatch.contains(items.matchText($0), needle) }
    }

    /// Draws the rows into `area`, fixing up `state` (selection kept visible and on a matching row).
    public func render(into buffer: inout CellBuffer, area: Rect, state: inout ListViewState) {
        guard !area.isEmpty else { return }
        let visible = visibleIndices(filter: state.filter)
        var rowsArea = area
        if !state.filter.isEmpty {
            let (rows, footer) = area.splitBottom(1)
            rowsArea = rows
            var note = SafeText("\\ ", style: theme.muted)
            note.append(state.filter, style: theme.accent)
            note.append(" \(glyphs.separator) \(items.count - visible.count) hidden", style: theme.muted)
            buffer.writeLine(note, in: footer, ellipsis: glyphs.ellipsis)
        }
        state.normalize(visible: visible, height: rowsArea.height)
        let markerWidth = DisplayWidth.of(glyphs.selectionMarker) + 1
        let numberWidth = String(items.count).count
        for row in 0..<rowsArea.height {
            let position = state.offset + row
            guard position < visible.count else { break }
            let index = visible[position]
            let line = rowsArea.row(row)
            let selected = index == state.selected
            if selected {
                buffer.fill(line, style: theme.selection)
                buffer.write(glyphs.selectionMarker, x: line.x, y: line.y, style: theme.selection, clip: line)
            }
            if numbered {
                let number = String(index + 1)
                let padding = String(repeating: " ", count: numberWidth - number.count)
                buffer.write(padding + number, x: line.x + markerWidth, y: line.y, style: theme.muted, clip: line)
            }
            let text = Rect(x: line.x + textIndent, y: line.y, width: max(0, line.width - textIndent), height: 1)
            buffer.writeLine(items[index], in: text, ellipsis: glyphs.ellipsis)
            if selected { buffer.modifyStyle(in: line) { $0.reverse = true } }
        }
    }
}
