/// What the user changes on a ladder: the selected and marked rows, vertical and sideways scrolling.
///
/// Kept apart from `LadderView` (ratatui's widget/state split). Rows are indices into
/// `LadderLayout.rows`; every move is clamped with the geometry, so a state survives a resize.
public struct LadderViewState: Sendable, Hashable {
    /// The selected row (`▶` in the gutter, reverse video), or nil.
    public var selectedRow: Int?
    /// The marked row (`●`); the selected row then shows its time since the mark in the delta column.
    public var markedRow: Int?
    /// First row line shown under the header.
    public var topLine: Int
    /// Lanes scrolled off to the left (`H`/`L`); the gutter stays.
    public var laneScroll: Int

    /// A state; nothing selected, at the top, unscrolled by default.
    public init(selectedRow: Int? = nil, markedRow: Int? = nil, topLine: Int = 0, laneScroll: Int = 0) {
        self.selectedRow = selectedRow
        self.markedRow = markedRow
        self.topLine = topLine
        self.laneScroll = laneScroll
    }

    /// Moves the selection by `steps` visible rows (`j`/`k`, Ctrl-d/u), selecting the first row when none is.
    public mutating func moveSelection(by steps: Int, in geometry: LadderGeometry) {
        let rows = geometry.visibleRows
        guard !rows.isEmpty else { selectedRow = nil; return }
        guard let current = selectedRow, let position = rows.firstIndex(of: current) else {
            selectedRow = steps < 0 ? rows[rows.count - 1] : rows[0]
            return
        }
        selectedRow = rows[min(max(0, position + steps), rows.count - 1)]
    }

    /// Selects the next (or previous) visible message row matching `predicate` (`{`/`}` for errors).
    public mutating func selectNext(
        forward: Bool, in geometry: LadderGeometry, where predicate: (Int) -> Bool
    ) {
        let rows = geometry.visibleRows
        let position = selectedRow.flatMap { rows.firstIndex(of: $0) }
        let candidates: [Int]
        if forward {
            candidates = Array(rows[(position.map { $0 + 1 } ?? 0)...])
        } else {
            candidates = Array(rows[..<(position ?? rows.count)].reversed())
        }
        if let found = candidates.first(where: predicate) { selectedRow = found }
    }

    /// Marks the selected row, or clears the mark when it is already there (Space).
    public mutating func toggleMark() {
        markedRow = markedRow == selectedRow ? nil : selectedRow
    }

    /// Scrolls lanes sideways by `lanes` (negative: left), clamped to the geometry.
    public mutating func scrollLanes(by lanes: Int, in geometry: LadderGeometry) {
        laneScroll = min(max(0, laneScroll + lanes), geometry.maxLaneScroll)
    }

    /// Scrolls so the selected row is inside a body of `bodyHeight` lines, and clamps the scroll.
    public mutating func scrollToSelection(bodyHeight: Int, in geometry: LadderGeometry) {
        let height = max(1, bodyHeight)
        if let row = selectedRow, let line = geometry.line(ofRow: row) {
            if line < topLine { topLine = line }
            if line >= topLine + height { topLine = line - height + 1 }
        }
        topLine = min(max(0, topLine), max(0, geometry.lines.count - height))
        laneScroll = min(max(0, laneScroll), geometry.maxLaneScroll)
    }
}
