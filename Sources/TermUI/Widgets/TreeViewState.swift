/// Folding, selection and scrolling of a tree over a `TreeSource`, by index arithmetic.
///
/// Rows shown are the nodes not inside a collapsed node. Because nodes are in
/// preorder, the row after `i` is `collapsed ? subtreeEnd(i) : i + 1`, and the row
/// before `i` is its parent or the topmost collapsed ancestor of `i - 1`: every step
/// costs O(depth), never O(nodes).
public struct TreeViewState: Sendable, Hashable {
    /// Folded nodes.
    public var collapsed: Set<Int>
    /// The selected node.
    public var selected: Int
    /// The node shown on the top row.
    public var offset: Int
    /// Rows shown at the last render (for page moves).
    public internal(set) var viewportHeight: Int

    public init(collapsed: Set<Int> = [], selected: Int = 0) {
        self.collapsed = collapsed
        self.selected = selected
        self.offset = 0
        self.viewportHeight = 1
    }

    /// The visible row after `node`, or nil at the end.
    public func nextVisible(after node: Int, in tree: some TreeSource) -> Int? {
        let next = collapsed.contains(node) ? tree.subtreeEnd(of: node) : node + 1
        return next < tree.nodeCount ? next : nil
    }

    /// The visible row before `node`, or nil at the top.
    public func previousVisible(before node: Int, in tree: some TreeSource) -> Int? {
        guard node > 0 else { return nil }
        if tree.parent(of: node) == node - 1 { return node - 1 }
        return shownAncestorOrSelf(node - 1, in: tree)
    }

    /// The node's topmost collapsed ancestor (the row that hides it), or the node itself when shown.
    ///
    /// Tests the folds when there are fewer of them than the node has ancestors: walking the
    /// ancestors of a node 10 000 levels deep costs 10 000 parent lookups, and scrolling asks this
    /// for every row it moves, so a key press in a deep document took seconds.
    public func shownAncestorOrSelf(_ node: Int, in tree: some TreeSource) -> Int {
        if collapsed.count < tree.depth(of: node) {
            var shown = node
            for fold in collapsed where fold < shown && node < tree.subtreeEnd(of: fold) { shown = fold }
            return shown
        }
        var shown = node
        var current = tree.parent(of: node)
        while let p = current {
            if collapsed.contains(p) { shown = p }
            current = tree.parent(of: p)
        }
        return shown
    }

    /// Up to `count` visible rows starting at `start`.
    public func visibleRows(from start: Int, count: Int, in tree: some TreeSource) -> [Int] {
        var rows: [Int] = []
        var current: Int? = start < tree.nodeCount ? start : nil
        while let node = current, rows.count < count {
            rows.append(node)
            current = nextVisible(after: node, in: tree)
        }
        return rows
    }

    /// Moves the selection by visible rows.
    public mutating func move(_ movement: Movement, in tree: some TreeSource) {
        guard tree.nodeCount > 0 else { return }
        switch movement {
        case .top:
            selected = 0
        case .bottom:
            selected = shownAncestorOrSelf(tree.nodeCount - 1, in: tree)
        default:
            let delta = movement.delta(viewport: viewportHeight)
            for _ in 0..<abs(delta) {
                let step =
                    delta > 0
                    ? nextVisible(after: selected, in: tree) : previousVisible(before: selected, in: tree)
                guard let next = step else { break }
                selected = next
            }
        }
        scrollToSelection(in: tree)
    }

    /// Folds `node` (default: the selection); a selection inside it moves to it.
    public mutating func collapse(_ node: Int? = nil, in tree: some TreeSource) {
        let target = node ?? selected
        guard target < tree.nodeCount, tree.hasChildren(target) else { return }
        collapsed.insert(target)
        if selected > target, selected < tree.subtreeEnd(of: target) { selected = target }
        scrollToSelection(in: tree)
    }

    /// Unfolds `node` (default: the selection).
    public mutating func expand(_ node: Int? = nil) {
        collapsed.remove(node ?? selected)
    }

    /// Folds or unfolds the selection (Space).
    public mutating func toggle(in tree: some TreeSource) {
        if collapsed.contains(selected) { expand() } else { collapse(in: tree) }
    }

    /// `h`: folds an open node, otherwise goes to the parent.
    public mutating func collapseOrParent(in tree: some TreeSource) {
        if tree.hasChildren(selected), !collapsed.contains(selected) {
            collapse(in: tree)
        } else if let parent = tree.parent(of: selected) {
            selected = parent
            scrollToSelection(in: tree)
        }
    }

    /// `l`: unfolds a folded node, otherwise goes to the first child.
    public mutating func expandOrChild(in tree: some TreeSource) {
        guard tree.hasChildren(selected) else { return }
        if collapsed.contains(selected) {
            expand()
        } else {
            selected += 1
            scrollToSelection(in: tree)
        }
    }

    /// Folds every node deeper than or at `depth` that has children (0 folds the roots).
    public mutating func collapse(toDepth depth: Int, in tree: some TreeSource) {
        collapsed = Set((0..<tree.nodeCount).filter { tree.depth(of: $0) >= depth && tree.hasChildren($0) })
        selected = shownAncestorOrSelf(min(selected, max(0, tree.nodeCount - 1)), in: tree)
        scrollToSelection(in: tree)
    }

    /// Unfolds everything.
    public mutating func expandAll() { collapsed = [] }

    /// Selects `node`, unfolding its ancestors so it shows (for search hits and jumps).
    public mutating func reveal(_ node: Int, in tree: some TreeSource) {
        guard node >= 0, node < tree.nodeCount else { return }
        if collapsed.count < tree.depth(of: node) {
            // Fewer folds than ancestors: test the folds (see `shownAncestorOrSelf`).
            collapsed = collapsed.filter { !($0 < node && node < tree.subtreeEnd(of: $0)) }
        } else {
            var current = tree.parent(of: node)
            while let p = current {
                collapsed.remove(p)
                current = tree.parent(of: p)
            }
        }
        selected = node
        scrollToSelection(in: tree)
    }

    /// Scrolls so the selection has `rows` rows above it when the tree has them (a search hit is shown with
    /// context, never on the last line of the viewport).
    public mutating func scrollSelection(rowsBelowTop rows: Int, in tree: some TreeSource) {
        scrollToSelection(in: tree)
        offset = selected
        for _ in 0..<max(0, rows) {
            guard let previous = previousVisible(before: offset, in: tree) else { break }
            offset = previous
        }
    }

    /// Fits the state to a viewport of `height` rows: remembers the height (for page moves) and scrolls so
    /// the selection is on screen. Pure: the reducer calls it when the layout changes, the view when it draws.
    public mutating func fit(height: Int, in tree: some TreeSource) {
        viewportHeight = max(1, height)
        scrollToSelection(in: tree)
    }

    /// Adjusts `offset` so the selection is on screen.
    public mutating func scrollToSelection(in tree: some TreeSource) {
        guard tree.nodeCount > 0 else {
            selected = 0
            offset = 0
            return
        }
        selected = shownAncestorOrSelf(min(max(0, selected), tree.nodeCount - 1), in: tree)
        offset = shownAncestorOrSelf(min(max(0, offset), tree.nodeCount - 1), in: tree)
        if selected < offset {
            offset = selected
            return
        }
        var steps = 0
        var node = offset
        while node != selected, steps < viewportHeight, let next = nextVisible(after: node, in: tree) {
            node = next
            steps += 1
        }
        guard steps >= viewportHeight else { return }
        offset = selected
        for _ in 0..<(viewportHeight - 1) {
            guard let previous = previousVisible(before: offset, in: tree) else { break }
            offset = previous
        }
    }
}
