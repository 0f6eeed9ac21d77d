import TermUI

/// Search hits in the JSON pane: every drawn occurrence of the query highlighted, and the current hit's row,
/// when its preview cuts the match off (a long string), redrawn with the excerpt around the match.
///
///     ▶   text: "…much in the line of how robots.text work which it turns out…"
extension BrowserScreen {
    static func treeHits(
        _ state: AppState, tree: JSONTree, treeState: TreeViewState, area: Rect, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        guard let search = state.search, !search.query.isEmpty else { return }
        let query = search.query.lowercased()
        if search.current < search.hits.count, let y = row(of: treeState.selected, tree: tree, state: treeState, area: area),
            tree.row(forPointer: search.hits[search.current].pointer) == treeState.selected,
            highlight(query, row: area.row(y - area.y), theme: theme, into: &buffer) == 0,
            let start = valueStart(row: area.row(y - area.y), in: buffer)
        {
            let hit = search.hits[search.current]
            let line = Rect(x: start, y: y, width: max(0, area.maxX - start), height: 1)
            buffer.fill(line, style: theme.selection)
            var text = SafeText("\"", style: theme.selection)
            text.append(hit.styledExcerpt(style: theme.selection, highlight: theme.searchHit))
            text.append("\"", style: theme.selection)
            buffer.writeLine(text, in: line, ellipsis: glyphs.ellipsis)
        }
        for row in 0..<area.height { highlight(query, row: area.row(row), theme: theme, into: &buffer) }
    }

    /// The screen row of `node` in the tree viewport, if it is drawn.
    static func row(of node: Int, tree: JSONTree, state: TreeViewState, area: Rect) -> Int? {
        var current = state.offset
        for row in 0..<area.height {
            if current == node { return area.y + row }
            guard let next = state.nextVisible(after: current, in: tree) else { return nil }
            current = next
        }
        return nil
    }

    /// The first cell after `key: ` on a drawn tree row.
    static func valueStart(row: Rect, in buffer: CellBuffer) -> Int? {
        var x = row.x
        while x + 1 < row.maxX {
            if buffer[x, row.y].text == ":", buffer[x + 1, row.y].text == " " { return x + 2 }
            x += 1
        }
        return nil
    }

    /// Gives every drawn occurrence of `query` (lowercased) in `row` the search-hit style; returns how many.
    @discardableResult
    static func highlight(_ query: String, row: Rect, theme: Theme, into buffer: inout CellBuffer) -> Int {
        var characters: [Character] = []
        var columns: [Int] = []
        for x in row.x..<row.maxX {
            let cell = buffer[x, row.y]
            guard !cell.isContinuation else { continue }
            for character in cell.text.lowercased() {
                characters.append(character)
                columns.append(x)
            }
        }
        let needle = Array(query)
        guard !needle.isEmpty, characters.count >= needle.count else { return 0 }
        var found = 0
        var start = 0
        while start + needle.count <= characters.count {
            if Array(characters[start..<(start + needle.count)]) == needle {
                let from = columns[start]
                let to = columns[start + needle.count - 1] + max(1, buffer[columns[start + needle.count - 1], row.y].width)
                buffer.modifyStyle(in: Rect(x: from, y: row.y, width: to - from, height: 1)) { $0 = theme.searchHit }
                found += 1
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }
}
