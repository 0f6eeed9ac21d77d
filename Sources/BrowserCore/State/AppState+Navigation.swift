import TermUI
import VConModel

/// Following references, jumping to pointers, and the back/forward history.
extension AppState {
    /// Enter on a pane: move into the detail, or follow the reference under the cursor (a link into a store
    /// fetches its target).
    mutating func follow() -> [Effect] {
        if pane.hasList, focus == .list {
            guard let item = selectedItem else { return [] }
            if pane == .attachments, openLadder(attachment: item) { return [] }
            if let link = items[item].link {
                return follow(link)
            } else {
                enterDetail()
            }
            return []
        }
        guard detail.cursor < detail.lines.count, let link = detail.lines[detail.cursor].link else {
            message = "nothing to follow on this line"
            return []
        }
        return follow(link)
    }

    /// Follows a link: at once when its target is open, else (a uuid in the store) after fetching it.
    mutating func follow(_ link: DetailLink) -> [Effect] {
        if case .store(let uuid) = link { return fetchReference(uuid) }
        remember()
        go(link)
        return []
    }

    /// Enter on a row without a link of its own: the detail takes the keyboard with the cursor on its first
    /// reference, and the status line says what Enter does there (or that there is nothing to follow).
    mutating func enterDetail() {
        focus = .detail
        rewrapAfterFocusChange()
        if let first = detail.lines.firstIndex(where: { $0.link != nil }) {
            detail.cursor = first
            scrollDetailToCursor()
            message = "in the detail: Enter follows \(glyphs.arrowRight), q back to the list"
        } else {
            message = "nothing to follow in this item (j/k read it, q back to the list)"
        }
    }

    mutating func go(_ link: DetailLink) {
        switch link {
        case .pointer(let pointer): go(to: pointer)
        case .document(let index): open(document: index)
        case .store: break
        }
    }

    /// Shows the place a pointer names: the item's pane, the detail line closest to it, or the JSON node.
    mutating func go(to pointer: String) {
        if pointer == "#links" {
            select(pane: .links)
            return
        }
        if pointer == "#ladder" {
            openLadder(remembering: false)
            return
        }
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let first = tokens.first ?? ""
        if let target = Pane.listing(first) {
            select(pane: target)
            guard tokens.count > 1, let index = Int(tokens[1]), index < items.count else { return }
            var current = cursor
            current.select(index, rows: itemRows, height: layout.list.height)
            cursor = current
            rebuildDetail(keepCursor: false)
            if tokens.count > 2 { focusDetailLine(closestTo: pointer) }
            return
        }
        if ["subject", "uuid", "vcon", "created_at", "updated_at", ""].contains(first) {
            select(pane: .summary)
            focusDetailLine(closestTo: pointer)
            return
        }
        if ["group", "redacted", "appended", "amended"].contains(first) {
            select(pane: .links)
            if let index = items.firstIndex(where: { !$0.pointer.isEmpty && pointer.hasPrefix($0.pointer) }) {
                var current = cursor
                current.select(index, rows: itemRows, height: layout.list.height)
                cursor = current
                rebuildDetail(keepCursor: false)
            }
            return
        }
        select(pane: .json)
        if let tree {
            syncTreeViewport()
            treeState.reveal(tree.row(forPointer: pointer) ?? 0, in: tree)
        }
    }

    /// Puts the detail cursor on the line whose pointer is the longest prefix of `pointer` (among several,
    /// the first that shows the search text).
    mutating func focusDetailLine(closestTo pointer: String) {
        var bestLength = -1
        var candidates: [Int] = []
        for (index, line) in detail.lines.enumerated() {
            guard let p = line.pointer, pointer == p || pointer.hasPrefix(p + "/") || p.isEmpty else { continue }
            if p.count > bestLength {
                bestLength = p.count
                candidates = [index]
            } else if p.count == bestLength {
                candidates.append(index)
            }
        }
        guard let first = candidates.first else { return }
        let query = search?.query.lowercased() ?? ""
        let best =
            query.isEmpty
            ? first
            : candidates.first { detail.lines[$0].text.plainText.lowercased().contains(query) } ?? first
        if pane.hasList { focus = .detail }
        rewrapAfterFocusChange()
        detail.cursor = best
        scrollDetailToCursor()
    }

    /// The item an index-valued JSON node points at (`/dialog/0/parties/1` → `/parties/1`).
    func indexTarget(ofNode node: Int, in tree: JSONTree) -> String? {
        guard let value = tree.value(ofRow: node).int else { return nil }
        let tokens = tree.path(ofRow: node).pointer.split(separator: "/").map(String.init)
        let names = tokens.filter { Int($0) == nil }
        guard tokens.count >= 3, let field = names.last else { return nil }
        switch (names.first, field) {
        case (_, "parties"), (_, "originator"), (_, "transferee"), (_, "transferor"), (_, "party"),
            ("dialog", "transfer_target"), (_, "speaker"):
            return "/parties/\(value)"
        case ("analysis", "dialog"), ("attachments", "dialog"), (_, "target_dialog"), (_, "original"),
            (_, "consultation"):
            return "/dialog/\(value)"
        case ("analysis", "attachment"):
            return "/attachments/\(value)"
        default:
            return nil
        }
    }

    // MARK: - History

    var here: Location {
        Location(
            document: document, pane: pane, item: pane.hasList ? cursor.selected : nil, detailLine: detail.cursor,
            focus: focus, node: pane == .json ? treeState.selected : nil, library: mode == .library,
            ladder: ladder?.location)
    }

    /// Pushes the current place before a jump; a new jump forgets the forward history.
    mutating func remember() {
        history.append(here)
        if history.count > 200 { history.removeFirst() }
        future = []
    }

    mutating func goBack() {
        guard let previous = history.popLast() else {
            message = "no earlier location"
            return
        }
        future.append(here)
        restore(previous)
    }

    mutating func goForward() {
        guard let next = future.popLast() else {
            message = "no later location"
            return
        }
        history.append(here)
        restore(next)
    }

    mutating func restore(_ location: Location) {
        if mode == .ladder { mode = .document }
        if location.library {
            mode = .library
            return
        }
        if location.document != document || mode == .library { open(document: location.document) }
        pane = location.pane
        focus = location.focus
        rebuildItems()
        if let item = location.item {
            var current = cursor
            current.select(item, rows: itemRows, height: layout.list.height)
            cursor = current
            rebuildDetail(keepCursor: false)
        }
        if let node = location.node, let tree {
            syncTreeViewport()
            treeState.reveal(node, in: tree)
        }
        detail.cursor = min(location.detailLine, max(0, detail.lines.count - 1))
        rewrapAfterFocusChange()
        if let saved = location.ladder { restoreLadder(saved) }
    }

    // MARK: - Search hits

    /// `n`/`N` in the open vCon (the vCon list steps through its own hits, `stepListHit`).
    mutating func stepHit(forward: Bool) {
        // While searching, `n` waits for the next hit and `N` from the first one for the last (the whole search).
        searchUntil(hitCount: forward ? (search?.current ?? 0) + 2 : (search?.current == 0 ? .max : 0))
        guard var current = search, !current.hits.isEmpty else {
            message = "no search (press / to search)"
            return
        }
        current.current = (current.current + (forward ? 1 : current.hits.count - 1)) % current.hits.count
        search = current
        showHit()
    }

    /// Shows the current hit where its text is drawn: the pane's detail row that shows the match, scrolled to a
    /// third of the viewport; when the pane does not draw that value (a transcript's full `text` beside its
    /// turns), the JSON pane's node instead. The status line carries the excerpt around the match.
    mutating func showHit() {
        guard let search, search.current < search.hits.count else { return }
        let hit = search.hits[search.current]
        go(to: hit.pointer)
        let query = search.query.lowercased()
        if mode == .document, pane != .json, !revealDetailMatch(query, pointer: hit.pointer) {
            select(pane: .json)
        }
        if pane == .json, let tree {
            syncTreeViewport()
            treeState.reveal(tree.row(forPointer: hit.pointer) ?? 0, in: tree)
            treeState.scrollSelection(rowsBelowTop: max(0, layout.detail.height / 3), in: tree)
        }
        message = hitMessage()
    }

    /// Puts the detail cursor on the line that shows `query` for `pointer` and scrolls the row with the match to
    /// a third of the viewport; false when no detail line of that value shows it.
    mutating func revealDetailMatch(_ query: String, pointer: String) -> Bool {
        func shows(_ index: Int) -> Bool {
            guard let linePointer = detail.lines[index].pointer else { return false }
            let related = linePointer == pointer || pointer.hasPrefix(linePointer + "/") || linePointer.hasPrefix(pointer + "/")
            return related && detail.lines[index].text.plainText.lowercased().contains(query)
        }
        let line = shows(detail.cursor) ? detail.cursor : detail.lines.indices.first(where: shows)
        guard let line else { return false }
        if pane.hasList {
            focus = .detail
            rewrapAfterFocusChange()
        }
        detail.cursor = line
        let rows = detail.rows.indices.filter { detail.rows[$0].line == line }
        let row =
            rows.first { !SearchHighlight.columns(of: query, in: detail.rows[$0].text).isEmpty } ?? rows.first ?? 0
        let height = max(1, layout.detail.height)
        detail.offset = min(max(0, row - height / 3), max(0, detail.rows.count - height))
        return true
    }
}
