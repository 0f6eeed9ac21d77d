/// A scrollable pane of wrapped text with search hits highlighted.
///
///     The caller said the meter reading was 4711 and     ← hits of "meter" in searchHit style,
///     asked for a new meter; the agent confirmed.          the current hit also underlined
///
/// Wrapping costs O(text) per render; for very large bodies, wrap once per width
/// and build the pane with `wrap: false` from the rows.
public struct TextPane: Sendable {
    public var text: SafeText
    public var wrap: Bool
    public var theme: Theme

    /// A pane over `text` (build it with `Sanitizer.multiLine` to keep line breaks).
    public init(text: SafeText, wrap: Bool = true, theme: Theme = .standard) {
        self.text = text
        self.wrap = wrap
        self.theme = theme
    }

    /// A search hit: row (after wrapping), first column and width in cells.
    public struct Hit: Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var width: Int
    }

    /// The rows at `width` (wrapped, or split at line breaks only).
    public func rows(width: Int) -> [SafeText] { wrap ? text.wrapped(width: width) : text.lines }

    /// Case-insensitive hits of `query` in the drawn text of each row (a hit does not span rows).
    public func hits(of query: String, width: Int) -> [Hit] {
        Self.hits(of: query, in: rows(width: width))
    }

    static func hits(of query: String, in rows: [SafeText]) -> [Hit] {
        let needle = Array(query.lowercased())
        guard !needle.isEmpty else { return [] }
        var result: [Hit] = []
        for (rowIndex, row) in rows.enumerated() {
            // One entry per drawn character with the column it starts at.
            var chars: [Character] = []
            var columns: [Int] = []
            var column = 0
            for glyph in row.glyphs {
                let parts = Array(glyph.text.lowercased())
                for (i, c) in parts.enumerated() {
                    chars.append(c)
                    columns.append(glyph.kind == .escape ? column + i : column)
                }
                column += glyph.width
            }
            columns.append(column)
            var start = 0
            while start + needle.count <= chars.count {
                if Array(chars[start..<(start + needle.count)]) == needle {
                    let end = start + needle.count
                    let width = max(1, columns[end] - columns[start])
                    result.append(Hit(row: rowIndex, column: columns[start], width: width))
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return result
    }

    /// Draws rows from `state.offset`, highlighting hits of `state.query`.
    public func render(into buffer: inout CellBuffer, area: Rect, state: inout TextPaneState) {
        guard !area.isEmpty else { return }
        let rows = rows(width: area.width)
        state.viewportHeight = area.height
        state.rowCount = rows.count
        state.offset = Scrolling.clamp(state.offset, upper: rows.count - area.height)
        for row in 0..<area.height {
            let index = state.offset + row
            guard index < rows.count else { break }
            buffer.write(rows[index], x: area.x, y: area.y + row, clip: area)
        }
        guard let query = state.query, !query.isEmpty else { return }
        let hits = Self.hits(of: query, in: rows)
        state.hitCount = hits.count
        for (number, hit) in hits.enumerated() where hit.row >= state.offset && hit.row < state.offset + area.height {
            let rect = Rect(x: area.x + hit.column, y: area.y + hit.row - state.offset, width: hit.width, height: 1)
            let style = number == state.currentHit ? theme.searchHit.underlined.bolded : theme.searchHit
            buffer.modifyStyle(in: rect.intersection(area)) { $0 = style }
        }
    }
}

/// Scroll position and search of a `TextPane`.
public struct TextPaneState: Sendable, Hashable {
    /// The first row shown.
    public var offset: Int
    /// The search text, or nil.
    public var query: String?
    /// Index of the current hit (for `n`/`N`), or nil.
    public var currentHit: Int?
    /// Rows shown and total rows at the last render (for page moves and "12/340" indicators).
    public internal(set) var viewportHeight: Int
    public internal(set) var rowCount: Int
    /// Hits found at the last render.
    public internal(set) var hitCount: Int

    public init(offset: Int = 0, query: String? = nil) {
        self.offset = offset
        self.query = query
        self.currentHit = nil
        self.viewportHeight = 1
        self.rowCount = 0
        self.hitCount = 0
    }

    /// Scrolls by a movement.
    public mutating func scroll(_ movement: Movement) {
        offset = Scrolling.clamp(offset + movement.delta(viewport: viewportHeight), upper: rowCount - viewportHeight)
    }

    /// Goes to the next (or previous) hit after the current one, wrapping around; scrolls it into view.
    /// Returns false when there is no hit.
    @discardableResult
    public mutating func jumpToHit(forward: Bool, in pane: TextPane, width: Int) -> Bool {
        guard let query, !query.isEmpty else { return false }
        let hits = pane.hits(of: query, width: width)
        guard !hits.isEmpty else {
            currentHit = nil
            return false
        }
        let next: Int
        if let current = currentHit, current < hits.count {
            next = (current + (forward ? 1 : hits.count - 1)) % hits.count
        } else {
            next = forward ? (hits.firstIndex { $0.row >= offset } ?? 0) : hits.count - 1
        }
        currentHit = next
        offset = Scrolling.offset(keeping: hits[next].row, visible: offset, height: viewportHeight)
        return true
    }
}
