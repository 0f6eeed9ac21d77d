import TermUI

/// Where a search query shows in a drawn row (case-insensitive), as (column, width) cell ranges.
enum SearchHighlight {
    static func columns(of query: String, in text: SafeText) -> [(Int, Int)] {
        let needle = Array(query.lowercased())
        guard !needle.isEmpty else { return [] }
        var chars: [Character] = []
        var columns: [Int] = []
        var column = 0
        for glyph in text.glyphs {
            for (offset, character) in glyph.text.lowercased().enumerated() {
                chars.append(character)
                columns.append(glyph.kind == .escape ? column + offset : column)
            }
            column += glyph.width
        }
        columns.append(column)
        var result: [(Int, Int)] = []
        var start = 0
        while start + needle.count <= chars.count {
            if chars[start] == needle[0], Array(chars[start..<(start + needle.count)]) == needle {
                result.append((columns[start], max(1, columns[start + needle.count] - columns[start])))
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }
}

extension BrowserScreen {
    /// Highlights `query` in the rows a `ListView` drew into `area` with `state` (the vCon list's `/`).
    static func highlight(
        _ query: String, rows: ListRows, list: ListView, state: ListViewState, area: Rect, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let visible = list.visibleIndices(filter: state.filter)
        let height = area.height - (state.filter.isEmpty ? 0 : 1)
        for row in 0..<max(0, height) {
            let position = state.offset + row
            guard position < visible.count else { break }
            let line = area.row(row)
            let x = line.x + list.textIndent
            for (column, width) in SearchHighlight.columns(of: query, in: rows[visible[position]]) {
                let rect = Rect(x: x + column, y: line.y, width: width, height: 1).intersection(line)
                buffer.modifyStyle(in: rect) { $0 = theme.searchHit }
            }
        }
    }
}
