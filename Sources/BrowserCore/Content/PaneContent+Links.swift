import TermUI
import VConModel

/// The Links pane (a first version; issue 7 deepens it): this vCon's relation edges, both ways.
///
///     → group[0]   here      calls/child1.vcon.json
///     ← redacted   from      calls/original.vcon.json
extension PaneContent {
    /// One relation of the open vCon, outgoing or incoming.
    struct Relation {
        var outgoing: Bool
        var kind: String
        var pointer: String
        var status: String
        var detail: String?
        var other: Int?
        var otherUUID: String?
    }

    static func relations(context: ContentContext) -> [Relation] {
        let member = context.document.memberIndex
        if let graph = context.session.graph {
            let out = graph.outgoing(member).map { edge -> Relation in
                var other: Int?
                var uuid: String?
                switch edge.to {
                case .member(let m): other = m
                case .absent(let u, let url): uuid = u ?? url
                }
                return Relation(outgoing: true, kind: edge.kind.rawValue, pointer: edge.pointer,
                                status: edge.status.rawValue, detail: edge.detail, other: other, otherUUID: uuid)
            }
            let incoming = graph.incoming(member).map { edge in
                Relation(outgoing: false, kind: edge.kind.rawValue, pointer: edge.pointer, status: edge.status.rawValue,
                         detail: edge.detail, other: edge.from, otherUUID: nil)
            }
            return out + incoming
        }
        return (context.document.vcon?.references ?? []).map { reference in
            Relation(outgoing: true, kind: reference.kind.rawValue, pointer: reference.json.pointer,
                     status: "not resolved", detail: nil, other: nil, otherUUID: reference.uuid ?? reference.url)
        }
    }

    static func linkItems(context: ContentContext) -> [PaneItem] {
        relations(context: context).map { relation in
            var row = SafeText((relation.outgoing ? context.glyphs.arrowRight : context.glyphs.arrowLeft) + " ",
                               style: context.theme.muted)
            row.append(relation.kind.padding(9), style: context.theme.accent)
            row.append(" " + (relation.outgoing ? relation.status : "from").padding(10))
            row.append(" " + otherName(relation, context: context), style: context.theme.muted)
            return PaneItem(row: row, pointer: relation.outgoing ? relation.pointer : "",
                            link: relation.other.map { .document($0) })
        }
    }

    static func otherName(_ relation: Relation, context: ContentContext) -> String {
        if let other = relation.other, other < context.session.documents.count {
            return context.session.documents[other].name
        }
        return relation.otherUUID ?? "(no uuid or url)"
    }

    static func link(_ item: Int, into w: inout DetailWriter, context: ContentContext) {
        let all = relations(context: context)
        guard item < all.count else { return }
        let relation = all[item]
        w.heading(relation.outgoing ? "This vCon links to another (\(relation.kind))"
                  : "Another vCon links to this one (\(relation.kind))")
        w.field("kind", relation.kind, pointer: relation.outgoing ? relation.pointer : nil)
        w.field("at", relation.pointer, pointer: relation.outgoing ? relation.pointer : nil)
        w.field("status", relation.status, pointer: nil)
        w.field("detail", relation.detail, pointer: nil)
        if let other = relation.other, other < context.session.documents.count {
            let document = context.session.documents[other]
            w.link("vCon", document.name, pointer: nil, link: .document(other))
            w.field("uuid", document.vcon?.uuid, pointer: nil)
            w.field("subject", document.vcon?.subject, pointer: nil)
        } else {
            w.field("target", relation.otherUUID ?? "(no uuid or url)", pointer: nil)
            w.field("", "not among the opened files: open its file or bundle too", pointer: nil,
                    style: context.theme.muted)
        }
    }
}
