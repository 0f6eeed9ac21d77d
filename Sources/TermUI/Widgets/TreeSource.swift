/// A tree stored flat in preorder, so folding and moving are index arithmetic (jless's FlatJson).
///
/// Node `i`'s descendants are exactly `i+1 ..< subtreeEnd(i)`. BrowserCore's JSON
/// tape can conform directly, without copying rows; `TreeModel` is a ready-made one.
public protocol TreeSource {
    /// Number of nodes.
    var nodeCount: Int { get }
    /// Nesting depth; roots are 0.
    func depth(of node: Int) -> Int
    /// One past the node's last descendant (`node + 1` for a leaf).
    func subtreeEnd(of node: Int) -> Int
    /// The parent's index, or nil for a root.
    func parent(of node: Int) -> Int?
    /// The row text (without indentation or fold marker).
    func label(of node: Int) -> SafeText
}

extension TreeSource {
    /// True when the node has children.
    public func hasChildren(_ node: Int) -> Bool { subtreeEnd(of: node) > node + 1 }
}

/// A tree built from (depth, label) rows in preorder.
public struct TreeModel: TreeSource, Sendable {
    private var depths: [Int] = []
    private var ends: [Int] = []
    private var parents: [Int?] = []
    private var labels: [SafeText] = []

    /// Builds from preorder rows; a depth deeper than one below the previous row is clamped to it.
    public init(rows: [(depth: Int, label: SafeText)]) {
        var stack: [Int] = []
        for (index, row) in rows.enumerated() {
            let limit = stack.count
            let depth = min(max(0, row.depth), limit)
            while stack.count > depth, let last = stack.popLast() { ends[last] = index }
            depths.append(depth)
            parents.append(stack.last)
            ends.append(index + 1)
            labels.append(row.label)
            stack.append(index)
        }
        for open in stack { ends[open] = rows.count }
    }

    public var nodeCount: Int { labels.count }
    public func depth(of node: Int) -> Int { depths[node] }
    public func subtreeEnd(of node: Int) -> Int { ends[node] }
    public func parent(of node: Int) -> Int? { parents[node] }
    public func label(of node: Int) -> SafeText { labels[node] }
}
