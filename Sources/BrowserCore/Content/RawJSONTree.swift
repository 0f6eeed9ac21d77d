import Foundation
import TermUI
import VConModel

/// The JSON pane's tree: one node per JSON value in document order, labels read lazily from the tape.
///
///     ▾ {…} 12 keys
///       ▸ parties: [2 items]
///         dialog: [4 items]
///
/// Built in one pass over the values (depth, parent, end, key); a label is made only when drawn, and a long
/// string is previewed from its first bytes, so a 100 MB body costs nothing until shown.
public struct RawJSONTree: TreeSource, Sendable {
    private var values: [JSONValue] = []
    private var depths: [Int] = []
    private var ends: [Int] = []
    private var parents: [Int] = []
    /// Member key, or nil for array elements and the root.
    private var keys: [String?] = []
    /// Position in the parent array.
    private var positions: [Int] = []
    let theme: Theme

    public init(root: JSONValue, theme: Theme = .standard) {
        self.theme = theme
        append(root, key: nil, position: 0, depth: 0, parent: -1)
    }

    private mutating func append(_ value: JSONValue, key: String?, position: Int, depth: Int, parent: Int) {
        // Iterative preorder walk: (value, key, position, depth, parent); ends patched when a subtree closes.
        var stack: [(JSONValue, String?, Int, Int, Int)] = [(value, key, position, depth, parent)]
        var open: [Int] = []
        while let (current, key, position, depth, parent) = stack.popLast() {
            while let last = open.last, depths[last] >= depth {
                ends[last] = values.count
                open.removeLast()
            }
            let node = values.count
            values.append(current)
            depths.append(depth)
            ends.append(node + 1)
            parents.append(parent)
            keys.append(key)
            positions.append(position)
            if current.isObject {
                open.append(node)
                for (member) in current.members.reversed() {
                    stack.append((member.value, member.key, 0, depth + 1, node))
                }
            } else if current.isArray {
                open.append(node)
                let elements = current.elements
                for index in elements.indices.reversed() {
                    stack.append((elements[index], nil, index, depth + 1, node))
                }
            }
        }
        for node in open { ends[node] = values.count }
    }

    public var nodeCount: Int { values.count }
    public func depth(of node: Int) -> Int { depths[node] }
    public func subtreeEnd(of node: Int) -> Int { ends[node] }
    public func parent(of node: Int) -> Int? { parents[node] >= 0 ? parents[node] : nil }

    public func label(of node: Int) -> SafeText {
        var text = SafeText()
        if let key = keys[node] {
            text.append(key, style: theme.accent)
            text.append(": ", style: theme.muted)
        } else if let parent = parent(of: node), values[parent].isArray {
            text.append("[\(positions[node])] ", style: theme.muted)
        }
        let value = values[node]
        text.append(JSONPreview.value(value, limit: 200), style: value.isObject || value.isArray ? theme.muted : .plain)
        return text
    }

    /// The JSON value of a node.
    public func value(of node: Int) -> JSONValue { values[node] }

    /// The node's JSON Pointer (`/dialog/2/parties`).
    public func pointer(of node: Int) -> String {
        var tokens: [String] = []
        var current = node
        while current > 0, current < values.count {
            tokens.append(keys[current].map(BodyLines.escape) ?? String(positions[current]))
            current = parents[current]
        }
        return tokens.reversed().map { "/" + $0 }.joined()
    }

    /// The node at a pointer (the deepest existing prefix), for jumps from search and findings.
    public func node(forPointer pointer: String) -> Int {
        guard pointer.hasPrefix("/") else { return 0 }
        var node = 0
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            var child = node + 1
            var found: Int?
            while child < ends[node] {
                if keys[child] == token || (keys[child] == nil && String(positions[child]) == token) {
                    found = child
                    break
                }
                child = ends[child]
            }
            guard let next = found else { break }
            node = next
        }
        return node
    }
}
