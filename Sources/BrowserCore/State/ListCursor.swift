import TermUI

/// Selection, scroll offset and filter of a list (the vCon list, a pane's items, findings).
///
/// Kept apart from `ListViewState` so the reducer can move it with a known viewport height;
/// rendering converts it.
public struct ListCursor: Sendable, Hashable {
    /// Index into the full item list (stable under filtering).
    public var selected: Int
    /// Index into the visible rows of the top row.
    public var offset: Int
    /// The `\` filter.
    public var filter: String

    public init(selected: Int = 0, offset: Int = 0, filter: String = "") {
        self.selected = selected
        self.offset = offset
        self.filter = filter
    }

    /// Indices of the rows that match the filter (case-insensitive, as `ListView` does).
    public static func visible(_ rows: ListRows, filter: String) -> [Int] {
        ListView(rows: rows, glyphs: .ascii).visibleIndices(filter: filter)
    }

    /// Moves among the visible rows and keeps the selection inside a viewport of `height` rows.
    public mutating func move(_ movement: Movement, rows: ListRows, height: Int) {
        let visible = Self.visible(rows, filter: filter)
        guard !visible.isEmpty else { return }
        let position = visible.firstIndex(of: selected) ?? 0
        let target = min(visible.count - 1, max(0, position + movement.delta(viewport: max(1, height))))
        selected = visible[target]
        clamp(rows: rows, height: height)
    }

    /// Selects `index` (if visible) and scrolls to it.
    public mutating func select(_ index: Int, rows: ListRows, height: Int) {
        guard index >= 0, index < rows.count else { return }
        if !Self.visible(rows, filter: filter).contains(index) { filter = "" }
        selected = index
        clamp(rows: rows, height: height)
    }

    /// Puts the selection on a visible row and the offset around it.
    public mutating func clamp(rows: ListRows, height: Int) {
        let visible = Self.visible(rows, filter: filter)
        guard !visible.isEmpty else {
            offset = 0
            return
        }
        let position = visible.firstIndex(of: selected) ?? 0
        selected = visible[position]
        let h = max(1, height - (filter.isEmpty ? 0 : 1))
        offset = min(max(0, offset), max(0, visible.count - h))
        if position < offset { offset = position }
        if position >= offset + h { offset = position - h + 1 }
    }

    /// The same over rows already drawn (a pane's items, the findings).
    public static func visible(_ rows: [SafeText], filter: String) -> [Int] { visible(ListRows(rows), filter: filter) }
    public mutating func move(_ movement: Movement, rows: [SafeText], height: Int) { move(movement, rows: ListRows(rows), height: height) }
    public mutating func select(_ index: Int, rows: [SafeText], height: Int) { select(index, rows: ListRows(rows), height: height) }
    public mutating func clamp(rows: [SafeText], height: Int) { clamp(rows: ListRows(rows), height: height) }

    /// The widget state that draws this cursor.
    var listViewState: ListViewState {
        var state = ListViewState(selected: selected, filter: filter)
        state.offset = offset
        return state
    }
}
