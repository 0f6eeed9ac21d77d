import TermUI
import VConModel

/// The Links pane: the relation graph around the open vCon as a tree, both ways, transitively.
///
///     Links to (2)                              │ redacted → Card payment call (original)
///     └─ redacted → here [-] Card payment call  │ kind        redacted: this vCon is a redacted version …
///     Linked from: nothing                      │ vCon        → vcon-browser-demo.vconz!vcons/de13….json
///                                               │             Enter opens it ([ comes back); d diffs the two
extension PaneContent {
    /// The tree of the open vCon, or nil when the session has no relation graph.
    static func linkTree(context: ContentContext) -> LinkTree? {
        context.session.graph.map {
            LinkTree(graph: $0, member: context.document.memberIndex, ascii: context.glyphs.isASCII)
        }
    }

    static func linkItems(context: ContentContext) -> [PaneItem] {
        guard let tree = linkTree(context: context) else { return unresolvedLinkItems(context: context) }
        var items = tree.nodes.map { node -> PaneItem in
            if let heading = node.heading { return PaneItem(row: SafeText(heading, style: context.theme.accent.bolded), pointer: "") }
            let pointer = node.depth == 0 && node.outgoing ? node.edge?.pointer ?? "" : ""
            let link: DetailLink? =
                node.cycle ? nil : node.other.map { .document($0) } ?? storeTarget(node, context: context).map { .store($0) }
            return PaneItem(row: linkRow(node, context: context), pointer: pointer, link: link)
        }
        if tree.omitted > 0 {
            items.append(
                PaneItem(
                    row: SafeText("\(tree.omitted) more links not shown", style: context.theme.muted),
                    pointer: ""))
        }
        return items
    }

    /// `├─ group → here [-] Incident review, part 1`.
    static func linkRow(_ node: LinkTree.Node, context: ContentContext) -> SafeText {
        let theme = context.theme
        var row = SafeText(node.branch, style: theme.muted)
        row.append(node.kind, style: theme.accent)
        row.append(" " + (node.outgoing ? context.glyphs.arrowRight : context.glyphs.arrowLeft) + " ", style: theme.muted)
        if node.cycle {
            row.append("cycle", style: theme.warning.bolded)
            row.append(" " + memberTitle(node.other, context: context) + " (already above)", style: theme.muted)
            return row
        }
        let status = shownStatus(node, context: context)
        row.append(status, style: statusStyle(status, context))
        if let other = node.other, other < context.session.documents.count {
            row.append(" " + context.session.documents[other].formBadge, style: theme.accent)
            row.append(" " + memberTitle(other, context: context))
            if node.repeated { row.append(" (shown above)", style: theme.muted) }
        } else {
            row.append(" " + (node.absent ?? "(no uuid or url)"), style: theme.muted)
        }
        return row
    }

    /// The uuid a link points at when it is not opened but the session's store may hold it (not asked yet, or
    /// asked and not answered): following it fetches it.
    static func storeTarget(_ node: LinkTree.Node, context: ContentContext) -> String? {
        guard context.session.paged != nil, node.other == nil, node.edge?.status == .missing, let uuid = node.absent,
            !context.session.missingInStore.contains(uuid)
        else { return nil }
        return uuid
    }

    /// The node's status, as a store session tells "not loaded yet" (the store was not asked) from "missing"
    /// (it was, and has no such vCon).
    static func shownStatus(_ node: LinkTree.Node, context: ContentContext) -> String {
        storeTarget(node, context: context) == nil ? node.status : notLoadedYet
    }

    static let notLoadedYet = "not loaded yet"

    static func statusStyle(_ status: String, _ context: ContentContext) -> Style {
        switch status {
        case RelationStatus.missing.rawValue, RelationStatus.hashMismatch.rawValue: context.theme.error
        case RelationStatus.encrypted.rawValue, RelationStatus.external.rawValue: context.theme.warning
        default: context.theme.normal
        }
    }

    /// A member's subject, else its file name.
    static func memberTitle(_ member: Int?, context: ContentContext) -> String {
        guard let member, member < context.session.documents.count else { return "?" }
        let document = context.session.documents[member]
        return document.vcon?.subject ?? document.shortName
    }

    static func link(_ item: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let tree = linkTree(context: context) else {
            unresolvedLink(item, into: &w, context: context)
            return
        }
        guard item < tree.nodes.count else { return }
        let node = tree.nodes[item]
        if node.heading != nil {
            linkOverview(tree, into: &w, context: context)
            return
        }
        let arrow = node.outgoing ? context.glyphs.arrowRight : context.glyphs.arrowLeft
        w.heading("\(node.kind) \(arrow) " + (node.other.map { memberTitle($0, context: context) } ?? node.absent ?? "?"))
        w.field("kind", kindMeaning(node), pointer: nil)
        if let edge = node.edge {
            let holder = edge.from == context.document.memberIndex ? "this vCon" : memberTitle(edge.from, context: context)
            w.field("at", "\(edge.pointer) in \(holder)", pointer: edge.from == context.document.memberIndex ? edge.pointer : nil)
        }
        let status = shownStatus(node, context: context)
        w.field("status", status, pointer: nil, style: statusStyle(status, context))
        w.field("detail", node.edge?.detail, pointer: nil)
        if node.depth > 0 { w.field("depth", "\(node.depth + 1) links away from this vCon", pointer: nil) }
        if node.cycle {
            w.field("cycle", "it is already on the path above: not followed again", pointer: nil, style: context.theme.warning)
        }
        if let other = node.other, other < context.session.documents.count {
            otherMember(other, node: node, into: &w, context: context)
        } else {
            absentTarget(node, into: &w, context: context)
        }
    }

    private static func otherMember(_ other: Int, node: LinkTree.Node, into w: inout DetailWriter, context: ContentContext) {
        let document = context.session.documents[other]
        w.link("vCon", document.name, pointer: nil, link: .document(other))
        w.field("uuid", document.vcon?.uuid ?? context.session.graph?.library.members[other].uuid, pointer: nil)
        w.field("subject", document.vcon?.subject, pointer: nil)
        w.field("generation", document.generationText, pointer: nil)
        w.field(
            "envelope", SecurityBadge.file(document, ascii: context.glyphs.isASCII), pointer: nil,
            style: document.envelope.map { verdictStyle($0.verdict, context) } ?? .plain)
        w.blank()
        w.text("Enter opens it ([ comes back)", pointer: nil, style: context.theme.muted)
        if node.edge.map({ $0.kind != .group }) ?? false {
            w.text(
                "d compares " + (node.outgoing ? "this version with it" : "it with this version") + " (semantic diff)",
                pointer: nil, style: context.theme.muted)
        }
        if document.vcon == nil, document.file.map({ $0.layers.contains { if case .jwe = $0 { true } else { false } } }) ?? false {
            w.text(
                "encrypted: no key opened it (pass --key FILE, or :key FILE here)", pointer: nil,
                style: context.theme.warning)
        }
    }

    private static func absentTarget(_ node: LinkTree.Node, into w: inout DetailWriter, context: ContentContext) {
        if let uuid = storeTarget(node, context: context) {
            w.link("target", uuid, pointer: nil, link: .store(uuid))
            w.blank()
            w.text("not loaded yet: Enter fetches it from the store ([ comes back)", pointer: nil, style: context.theme.muted)
            return
        }
        w.field("target", node.absent ?? "(no uuid or url)", pointer: nil)
        let why: String
        switch node.edge?.status {
        case .external?:
            why = "an external vCon: its url is never fetched; a copy in a bundle's files/ or --files DIR is checked by hash"
        case .externalVerified?:
            why = "a local copy matches its content hash, but it is not opened as a vCon: open that file too"
        case .hashMismatch?:
            why = "a local copy exists but its hash differs from the link's content_hash: it is not the version linked to"
        case .missing? where context.session.missingInStore.contains(node.absent ?? ""):
            why = "the store has no vCon with this uuid (asked when the link was followed)"
        default:
            why = "no opened file has this uuid: open its file or bundle too"
        }
        w.blank()
        w.text(why, pointer: nil, style: context.theme.muted)
    }

    /// What the link means, in the direction it is read.
    static func kindMeaning(_ node: LinkTree.Node) -> String {
        switch (node.kind, node.outgoing) {
        case ("group", true): "group: it is a member of this group"
        case ("group", false): "group: this is one of its members"
        case ("redacted", true): "redacted: this is a redacted version of it (the less redacted original)"
        case ("redacted", false): "redacted: it is a redacted version of this one"
        case ("appended", true), ("amended", true): "\(node.kind): this adds to it (the prior version)"
        case ("appended", false), ("amended", false): "\(node.kind): it adds to this one (a later version)"
        default: node.kind
        }
    }

    /// The heading rows' detail: counts of the tree, and what the keys do.
    private static func linkOverview(_ tree: LinkTree, into w: inout DetailWriter, context: ContentContext) {
        let links = tree.nodes.filter { $0.heading == nil }
        w.heading("Relations of this vCon")
        w.field("links to", "\(links.filter(\.outgoing).count) (transitively)", pointer: nil)
        w.field("linked from", "\(links.filter { !$0.outgoing }.count) (transitively)", pointer: nil)
        let notLoaded = links.filter { storeTarget($0, context: context) != nil }.count
        let missing = links.filter { $0.status == RelationStatus.missing.rawValue }.count - notLoaded
        if missing > 0 { w.field("missing", "\(missing) not among the opened files", pointer: nil, style: context.theme.error) }
        if notLoaded > 0 { w.field("not loaded", "\(notLoaded) in the store, fetched when followed (Enter)", pointer: nil) }
        let cycles = links.filter(\.cycle).count
        if cycles > 0 { w.field("cycles", "\(cycles)", pointer: nil, style: context.theme.warning) }
        w.blank()
        w.text(
            "j/k to a link, Enter opens it, d diffs a redacted or amended version against the one it links to",
            pointer: nil, style: context.theme.muted)
    }

    // MARK: - Without a relation graph

    static func unresolvedLinkItems(context: ContentContext) -> [PaneItem] {
        (context.document.vcon?.references ?? []).map { reference in
            var row = SafeText(context.glyphs.arrowRight + " ", style: context.theme.muted)
            row.append(reference.kind.rawValue, style: context.theme.accent)
            row.append(" not resolved " + (reference.uuid ?? reference.url ?? "(no uuid or url)"), style: context.theme.muted)
            return PaneItem(row: row, pointer: reference.json.pointer)
        }
    }

    static func unresolvedLink(_ item: Int, into w: inout DetailWriter, context: ContentContext) {
        let references = context.document.vcon?.references ?? []
        guard item < references.count else { return }
        let reference = references[item]
        w.heading("This vCon links to another (\(reference.kind.rawValue))")
        w.field("at", reference.json.pointer, pointer: reference.json.pointer)
        w.field("target", reference.uuid ?? reference.url ?? "(no uuid or url)", pointer: nil)
        w.field("", "not resolved: the session has no relation graph", pointer: nil, style: context.theme.muted)
    }
}
