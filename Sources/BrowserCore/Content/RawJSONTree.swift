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
    /// Nodes built at most: a container whose children would pass this stays folded for good, with its size
    /// shown (a 1-million-segment transcript is searched with `/`, not scrolled).
    public static let nodeBudget = 250_000

    private let document: JSONDocument
    // Compact columns, one entry per node (tape indices and counts fit 32 bits: the tape is limited to 4 GiB).
    private var tape: [Int32] = []
    private var depths: [Int32] = []
    private var ends: [Int32] = []
    private var parents: [Int32] = []
    /// Tape index of the member name, or -1 for array elements and the root.
    private var keyIndices: [Int32] = []
    /// Position in the parent array.
    private var positions: [Int32] = []
    /// Containers left unexpanded because of the budget, with their number of children.
    private var unexpanded: [Int: Int] = [:]
    let theme: Theme

    public init(root: JSONValue, theme: Theme = .standard, budget: Int = RawJSONTree.nodeBudget) {
        self.theme = theme
        document = root.document
        build(root, budget: budget)
    }

    private mutating func build(_ root: JSONValue, budget: Int) {
        // Preorder walk with an explicit stack of (tape index, key index, position, depth, parent).
        var stack: [(Int, Int, Int, Int, Int)] = [(root.index, -1, 0, 0, -1)]
        var open: [Int] = []
        let document = root.document
        while let (index, key, position, depth, parent) = stack.popLast() {
            while let last = open.last, Int(depths[last]) >= depth {
                ends[last] = Int32(tape.count)
                open.removeLast()
            }
            let node = tape.count
            tape.append(Int32(index))
            depths.append(Int32(depth))
            ends.append(Int32(node + 1))
            parents.append(Int32(parent))
            keyIndices.append(Int32(key))
            positions.append(Int32(position))
            let value = JSONValue(document: document, index: index)
            guard value.isObject || value.isArray else { continue }
            var children: [(Int, Int, Int)] = []
            var child = index + 1
            var n = 0
            while child < value.endIndex {
                if value.isObject {
                    children.append((child + 1, child, 0))
                    child = JSONValue(document: document, index: child + 1).endIndex
                } else {
                    children.append((child, -1, n))
                    child = JSONValue(document: document, index: child).endIndex
                }
                n += 1
            }
            if tape.count + stack.count + children.count > budget {
                if !children.isEmpty { unexpanded[node] = children.count }
                continue
            }
            open.append(node)
            for (childIndex, keyIndex, position) in children.reversed() {
                stack.append((childIndex, keyIndex, position, depth + 1, node))
            }
        }
        for node in open { ends[node] = Int32(tape.count) }
    }

    public var nodeCount: Int { tape.count }
    public func depth(of node: Int) -> Int { Int(depths[node]) }
    public func subtreeEnd(of node: Int) -> Int { Int(ends[node]) }
    public func parent(of node: Int) -> Int? { parents[node] >= 0 ? Int(parents[node]) : nil }

    /// The JSON value of a node.
    public func value(of node: Int) -> JSONValue { JSONValue(document: document, index: Int(tape[node])) }

    private func key(of node: Int) -> String? {
        guard keyIndices[node] >= 0 else { return nil }
        return JSONValue(document: document, index: Int(keyIndices[node])).string
    }

    public func label(of node: Int) -> SafeText {
        var text = SafeText()
        if let key = key(of: node) {
            text.append(key, style: theme.accent)
            text.append(": ", style: theme.muted)
        } else if parent(of: node) != nil {
            text.append("[\(positions[node])] ", style: theme.muted)
        }
        let value = value(of: node)
        if value.isObject || value.isArray {
            let n = unexpanded[node] ?? childCount(node)
            let noun = value.isObject ? (n == 1 ? "key" : "keys") : (n == 1 ? "item" : "items")
            text.append(value.isObject ? "{\(n) \(noun)}" : "[\(n) \(noun)]", style: theme.muted)
            if unexpanded[node] != nil { text.append("  too many to list here: / searches them", style: theme.muted) }
        } else {
            text.append(JSONPreview.value(value, limit: 200))
        }
        return text
    }

    /// Direct children of an expanded node (by walking siblings: O(children), only for drawn rows).
    private func childCount(_ node: Int) -> Int {
        var count = 0
        var child = node + 1
        let end = subtreeEnd(of: node)
        while child < end {
            count += 1
            child = subtreeEnd(of: child)
        }
        return count
    }

    /// The node's JSON Pointer (`/dialog/2/parties`).
    public func pointer(of node: Int) -> String {
        var tokens: [String] = []
        var current = node
        while current > 0, current < tape.count {
            tokens.append(key(of: current).map(BodyLines.escape) ?? String(positions[current]))
            current = Int(parents[current])
        }
        return tokens.reversed().map { "/" + $0 }.joined()
    }

    /// The node at a pointer (the deepest existing prefix), for jumps from search and findings.
    public func node(forPointer pointer: String) -> Int {
        guard pointer.hasPrefix("/"), !tape.isEmpty else { return 0 }
        var node = 0
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            var child = node + 1
            var found: Int?
            while child < subtreeEnd(of: node) {
                if key(of: child) == token || (keyIndices[child] < 0 && String(positions[child]) == token) {
                    found = child
                    break
                }
                child = subtreeEnd(of: child)
            }
            guard let next = found else { break }
            node = next
        }
        return node
    }
}
