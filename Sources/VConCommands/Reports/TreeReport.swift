import Foundation
import VConModel

/// Text and JSON renderings of a relation graph for `vcon-browser tree`.
public enum TreeReport {
    /// The forest, one line per node, children indented under their parent:
    ///
    ///     0195…46  here  [S]  call.vcon  "Support call"
    ///     ├─ group → 01a1…34  here  bundle.vconz!vcons/01a1….json
    ///     └─ redacted → 0195…99  missing
    public static func text(_ graph: RelationGraph, ascii: Bool = false) -> String {
        var lines: [String] = []
        var printed = Set<Int>()
        for root in graph.roots {
            lines.append(describe(member: root, graph: graph, status: graph.library.members[root].status))
            printed.insert(root)
            walk(root, prefix: "", graph: graph, printed: &printed, path: [root], lines: &lines, ascii: ascii)
        }
        for (source, finding) in graph.library.findings {
            lines.append("\(source): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]")
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    private static func walk(
        _ member: Int, prefix: String, graph: RelationGraph, printed: inout Set<Int>, path: [Int], lines: inout [String], ascii: Bool
    ) {
        let children = graph.outgoing(member)
        for (k, edge) in children.enumerated() {
            let last = k == children.count - 1
            let branch = ascii ? (last ? "`- " : "|- ") : (last ? "└─ " : "├─ ")
            let arrow = ascii ? "->" : "→"
            var line = prefix + branch + "\(edge.kind.rawValue) \(arrow) "
            switch edge.to {
            case .member(let target):
                if path.contains(target) {
                    line += shortUUID(graph.library.members[target].uuid) + "  cycle (already above)"
                    lines.append(line)
                    continue
                }
                line += describe(member: target, graph: graph, status: edge.status)
                lines.append(line)
                if printed.insert(target).inserted {
                    walk(
                        target, prefix: prefix + (last ? "   " : (ascii ? "|  " : "│  ")), graph: graph,
                        printed: &printed, path: path + [target], lines: &lines, ascii: ascii)
                }
            case .absent(let uuid, let url):
                line += shortUUID(uuid) + "  " + edge.status.rawValue
                if let url { line += "  " + TextSafety.line(url) }
                if let detail = edge.detail { line += "  (" + TextSafety.line(detail) + ")" }
                lines.append(line)
            }
        }
    }

    private static func describe(member: Int, graph: RelationGraph, status: RelationStatus) -> String {
        let entry = graph.library.members[member]
        var parts = [shortUUID(entry.uuid), status.rawValue]
        if let badge = entry.envelopeBadge { parts.append(badge) }
        parts.append(entry.source.description)
        if let subject = entry.vcon?.subject { parts.append("\"" + TextSafety.line(subject) + "\"") }
        return parts.joined(separator: "  ")
    }

    private static func shortUUID(_ uuid: String?) -> String { uuid.map(TextSafety.line) ?? "(no uuid)" }

    /// `{"nodes":[{"uuid","source","status",...}], "edges":[{"from","to","kind",...}]}`; absent targets become nodes too.
    public static func json(_ graph: RelationGraph) -> JSONOutput {
        var nodes: [JSONOutput] = []
        for (index, member) in graph.library.members.enumerated() {
            nodes.append(
                .object([
                    ("id", .int(index)), ("uuid", .optional(member.uuid)), ("source", .string(member.source.description)),
                    ("status", .string(member.status.rawValue)),
                    ("form", .string(member.file?.form.name ?? "unreadable")), ("envelope", .optional(member.envelopeBadge)),
                    ("subject", .optional(member.vcon?.subject)),
                ]))
        }
        var edges: [JSONOutput] = []
        for edge in graph.edges {
            let to: Int
            switch edge.to {
            case .member(let target): to = target
            case .absent(let uuid, let url):
                to = nodes.count
                nodes.append(
                    .object([
                        ("id", .int(to)), ("uuid", .optional(uuid)), ("source", .optional(url)), ("status", .string(edge.status.rawValue)),
                        ("form", .null), ("envelope", .null), ("subject", .null),
                    ]))
            }
            edges.append(
                .object([
                    ("from", .int(edge.from)), ("to", .int(to)), ("kind", .string(edge.kind.rawValue)),
                    ("pointer", .string(edge.pointer)), ("status", .string(edge.status.rawValue)), ("detail", .optional(edge.detail)),
                ]))
        }
        let findings = graph.library.findings.map { item in
            JSONOutput.object([
                ("source", .string(item.source)), ("rule", .string(item.finding.rule)), ("message", .string(item.finding.message)),
            ])
        }
        return .object([("nodes", .array(nodes)), ("edges", .array(edges)), ("findings", .array(findings))])
    }
}
