import VConModel

/// The Links pane's tree: what the open vCon links to and what links to it, both followed transitively.
///
///     Links to (3)
///     ├─ group → here [-] Incident review, part 1
///     │  └─ amended → missing de0b…
///     └─ group → inline [-] Incident review, part 3
///     Linked from (1)
///     └─ redacted ← here [-] Card payment call (redacted)
///
/// A node already on the path is a cycle and is not followed;
/// a node already shown elsewhere is marked and not repeated.
struct LinkTree: Sendable {
    /// One row of the tree.
    struct Node: Sendable {
        /// A section heading ("Links to"), or a link.
        var heading: String?
        /// 0 for the open vCon's own links.
        var depth = 0
        /// Branch glyphs before the row (`│  └─ `).
        var branch = ""
        var outgoing = true
        /// The relation edge, nil for headings.
        var edge: RelationEdge?
        /// `group`, `redacted`, `appended` or `amended`.
        var kind = ""
        /// The member at the far end: the target of an outgoing link, the source of an incoming one.
        var other: Int?
        /// The member holding the link (for an incoming node, `other`; for an outgoing one, its parent).
        var holder: Int?
        /// Where the link points when it is not in the library: uuid or url.
        var absent: String?
        var status = ""
        /// The far end is already on the path from the root: not followed again.
        var cycle = false
        /// The far end is already shown elsewhere in this section: not repeated.
        var repeated = false
    }

    var nodes: [Node] = []
    /// Nodes left out because the tree reached `maxNodes`.
    var omitted = 0

    static let maxNodes = 500
    static let maxDepth = 16

    /// The tree for library member `member`.
    init(graph: RelationGraph, member: Int, ascii: Bool) {
        var walker = Walker(graph: graph, ascii: ascii)
        walker.section(member, outgoing: true, into: &nodes)
        walker.section(member, outgoing: false, into: &nodes)
        omitted = walker.omitted
    }

    /// Walks one direction from the root, depth first.
    private struct Walker {
        let graph: RelationGraph
        let ascii: Bool
        var count = 0
        var omitted = 0

        mutating func section(_ root: Int, outgoing: Bool, into nodes: inout [Node]) {
            let headingIndex = nodes.count
            nodes.append(Node(heading: outgoing ? "Links to" : "Linked from"))
            var shown: Set<Int> = [root]
            walk(root, outgoing: outgoing, prefix: "", depth: 0, path: [root], shown: &shown, into: &nodes)
            let links = nodes.count - headingIndex - 1
            nodes[headingIndex].heading = (outgoing ? "Links to" : "Linked from") + (links == 0 ? ": nothing" : " (\(links))")
        }

        /// The links of `member` in one direction, each with the member at its far end.
        func children(of member: Int, outgoing: Bool) -> [Node] {
            var result: [Node] = []
            if outgoing {
                for edge in graph.outgoing(member) {
                    var node = Node(edge: edge, kind: edge.kind.rawValue, holder: member, status: edge.status.rawValue)
                    switch edge.to {
                    case .member(let target): node.other = target
                    case .absent(let uuid, let url): node.absent = uuid ?? url
                    }
                    result.append(node)
                }
            } else {
                for edge in graph.incoming(member) {
                    result.append(
                        Node(
                            outgoing: false, edge: edge, kind: edge.kind.rawValue, other: edge.from,
                            holder: edge.from, status: graph.library.members[edge.from].status.rawValue))
                }
            }
            return result
        }

        mutating func walk(
            _ member: Int, outgoing: Bool, prefix: String, depth: Int, path: [Int], shown: inout Set<Int>,
            into nodes: inout [Node]
        ) {
            let next = children(of: member, outgoing: outgoing)
            for (k, child) in next.enumerated() {
                guard count < LinkTree.maxNodes else {
                    omitted += next.count - k
                    return
                }
                let last = k == next.count - 1
                var node = child
                node.depth = depth
                node.outgoing = outgoing
                node.branch = prefix + (ascii ? (last ? "`- " : "|- ") : (last ? "└─ " : "├─ "))
                var follow = false
                if let other = node.other {
                    if path.contains(other) {
                        node.cycle = true
                    } else if !shown.insert(other).inserted {
                        node.repeated = true
                    } else {
                        follow = depth + 1 < LinkTree.maxDepth
                    }
                }
                nodes.append(node)
                count += 1
                if follow, let other = node.other {
                    let indent = prefix + (last ? "   " : (ascii ? "|  " : "│  "))
                    walk(
                        other, outgoing: outgoing, prefix: indent, depth: depth + 1, path: path + [other], shown: &shown,
                        into: &nodes)
                }
            }
        }
    }
}
