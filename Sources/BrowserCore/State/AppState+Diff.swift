import TermUI
import VConModel

/// `d`: the semantic diff between the focused vCon and the version it links to (redacted against its original,
/// amended or appended against the prior one), in an overlay; `l` there toggles the plain line diff.
extension AppState {
    /// Opens the diff for the focused link (Links pane) or the open vCon's first version link.
    mutating func showDiff() {
        guard let graph = session.graph else {
            message = "no relation graph"
            return
        }
        guard let edge = diffEdge(graph) else { return }
        guard edge.kind != .group else {
            message = "group members are separate conversations: d compares versions (redacted, appended, amended)"
            return
        }
        let after = edge.from
        let before: Int
        switch edge.to {
        case .absent(let uuid, let url):
            let name = uuid ?? url ?? "(no uuid or url)"
            message =
                edge.status == .missing
                ? "cannot diff: the version it links to (\(name)) is missing: open its file or bundle too"
                : "cannot diff: the version it links to (\(name)) is \(edge.status.rawValue)"
            return
        case .member(let target):
            guard let readable = readableMember(target, graph: graph) else {
                message = "cannot diff: the version it links to is encrypted and no key opens it (pass --key FILE, or :key FILE)"
                return
            }
            before = readable
        }
        guard before < session.documents.count, after < session.documents.count,
            let old = session.documents[before].file, let new = session.documents[after].file
        else {
            message = "cannot diff: one of the two versions could not be read"
            return
        }
        let result = VConDiff.compare(before: old, after: new)
        let sides = [
            DiffView.Line(kind: .note, text: "before: " + session.documents[before].name),
            DiffView.Line(kind: .note, text: "after:  " + session.documents[after].name),
        ]
        overlay = .diff(
            DiffView(
                before: before, after: after, kind: edge.kind.rawValue,
                title: "Diff (\(edge.kind.rawValue))", semantic: sides + DiffView.lines(result)))
    }

    /// The edge `d` compares: the focused link, else the open vCon's first version link (out, then in).
    private mutating func diffEdge(_ graph: RelationGraph) -> RelationEdge? {
        if pane == .links, let item = selectedItem, let tree = PaneContent.linkTree(context: context), item < tree.nodes.count,
            tree.nodes[item].heading == nil
        {
            guard let edge = tree.nodes[item].edge else {
                message = "d compares two versions; this row pairs an encrypted file with its plaintext"
                return nil
            }
            return edge
        }
        let member = session.documents[document].memberIndex
        let versions = graph.outgoing(member).filter { $0.kind != .group } + graph.incoming(member).filter { $0.kind != .group }
        guard let edge = versions.first else {
            message = "nothing to compare: this vCon is not redacted or amended from another one, and none from it"
            return nil
        }
        return edge
    }

    /// `member` when its vCon is readable (an encrypted file a key opened is read through its layers), else nil.
    private func readableMember(_ member: Int, graph: RelationGraph) -> Int? {
        let members = graph.library.members
        return member < members.count && members[member].vcon != nil ? member : nil
    }

    /// Keys inside the diff overlay: scroll, `l` line diff on/off, `q`/Esc/`d` close.
    mutating func diffKey(_ press: KeyPress, view current: DiffView) {
        var view = current
        if press == .char("q") || press == KeyPress(.escape) || press == .char("d") {
            overlay = nil
            return
        }
        if press == .char("l") {
            view.showingLines.toggle()
            view.offset = 0
            if view.showingLines, view.lines == nil {
                var options = VConDiff.Options()
                options.mode = .lines
                if let old = session.documents[view.before].file, let new = session.documents[view.after].file {
                    view.lines =
                        Array(view.semantic.prefix(2)) + DiffView.lines(VConDiff.compare(before: old, after: new, options: options))
                }
            }
            overlay = .diff(view)
            return
        }
        if let movement = Self.scrollMovement(press) {
            let height = max(1, layout.box.height - 2)
            view.offset = max(0, min(view.offset + movement.delta(viewport: height), max(0, view.shown.count - height)))
            overlay = .diff(view)
        }
    }
}
