/// Where the cursor of a `ListView` is: the selected item, the scroll offset and the filter.
public struct ListViewState: Sendable, Hashable {
    /// Index into `ListView.items` of the selected row (stable across filtering), or nil when empty.
    public var selected: Int?
    /// Index into the visible (filtered) rows of the top row.
    public var offset: Int
    /// The `\` filter text; empty shows everything.
    public var filter: String
    /// Rows shown at the last render (for page moves).
    public private(set) var viewportHeight: Int

    public init(selected: Int? = 0, filter: String = "") {
        self.selected = selected
        self.offset = 0
        self.filter = filter
        self.viewportHeight = 1
    }

    /// Moves the selection among the rows that match the filter.
    public mutating func move(_ movement: Movement, in list: ListView) {
        let visible = list.visibleIndices(filter: filter)
        guard !visible.isEmpty else {
            selected = nil
            return
        }
        // A selection hidden by the filter lands on the first matching row, whatever the movement.
        guard let current = selected.flatMap({ visible.firstIndex(of: $0) }) else {
            selected = visible[0]
            offset = 0
            return
        }
        let delta = movement.delta(viewport: viewportHeight)
        let target = min(visible.count - 1, max(0, current + delta))
        selected = visible[target]
        offset = Scrolling.offset(keeping: target, visible: offset, height: viewportHeight)
    }

    /// Selects an item by its index in `items` (if it is visible under the filter).
    public mutating func select(item index: Int, in list: ListView) {
        let visible = list.visibleIndices(filter: filter)
        guard let position = visible.firstIndex(of: index) else { return }
        selected = index
        offset = Scrolling.offset(keeping: position, visible: offset, height: viewportHeight)
    }

    /// Makes the state consistent with what is shown: selection on a visible row, inside the viewport.
    mutating func normalize(visible: [Int], height: Int) {
        viewportHeight = max(1, height)
        guard !visible.isEmpty else {
            selected = nil
            offset = 0
            return
        }
        let position = selected.flatMap { visible.firstIndex(of: $0) } ?? 0
        selected = visible[position]
        offset = Scrolling.clamp(offset, upper: visible.count - height)
        offset = Scrolling.offset(keeping: position, visible: offset, height: viewportHeight)
    }
}
