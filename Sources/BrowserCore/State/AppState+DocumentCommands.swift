import TermUI
import VConModel

/// The reducer while a vCon's panes show: moves go through the focused list or detail (the JSON pane's tree
/// takes its own keys first, `runInTree`), `l`/`h` enter and leave the detail, Tab and `1`…`8` switch panes,
/// `x` and `w` change what the detail shows.
extension AppState {
    /// Handles `id` on the vCon's panes (also what the ladder leaves to them); nil leaves it to `runShared`.
    mutating func runInDocument(_ id: CommandID, key: KeyPress) -> [Effect]? {
        if pane == .json, let effects = runInTree(id) { return effects }
        if let movement = Self.movement(id) {
            movePane(movement)
            return []
        }
        switch id {
        case .openOrUnfold: openOrUnfold()
        case .foldOrLeave: foldOrLeave()
        case .toggleFold: break
        case .follow: return follow()
        case .diff: showDiff()
        case .nextPane: switchPane(by: 1)
        case .previousPane: switchPane(by: -1)
        case .jumpToPane:
            if case .character(let c) = key.key, let n = Int(String(c)), let target = Pane(rawValue: n - 1) {
                select(pane: target)
            }
        case .nextHit: stepHit(forward: true)
        case .previousHit: stepHit(forward: false)
        case .filter:
            if pane.hasList { openPrompt(.filter) } else { message = "nothing to filter here" }
        case .hexView:
            hex.toggle()
            rebuildDetail(keepCursor: true)
            showBodyAfterHexToggle()
        case .transcriptWords:
            words.toggle()
            rebuildDetail(keepCursor: true)
            message = words ? "transcript words shown" : "transcript words hidden"
        case .findings: openFindings()
        case .back: return backInDocument(escape: key.key == .escape)
        default:
            return nil
        }
        return []
    }

    /// After `x`: the body (its hex dump, or its decoded text) scrolled to the top of the detail, so the switch
    /// is seen, not only announced; says so when the selected item has no body.
    mutating func showBodyAfterHexToggle() {
        let heading = detail.lines.firstIndex { $0.text.plainText.hasPrefix("Body") }
        let target = hex ? detail.lines.firstIndex { $0.text.plainText.hasPrefix("hex ") } ?? heading : heading
        guard let target, let row = detail.firstRow(of: target) else {
            message = (hex ? "hex view" : "decoded view") + ": nothing here has a body (select a dialog, analysis or attachment)"
            return
        }
        detail.cursor = target
        detail.offset = min(row, max(0, detail.rows.count - max(1, layout.detail.height)))
        message = hex ? "hex view of the body (x: decoded view)" : "decoded view of the body (x: hex)"
    }

    /// Moves the pane's list or detail, whichever has the keyboard.
    mutating func movePane(_ movement: Movement) {
        if pane.hasList, focus == .list {
            var current = cursor
            let before = current.selected
            current.move(movement, rows: itemRows, height: layout.list.height)
            cursor = current
            if current.selected != before { rebuildDetail(keepCursor: false) }
            return
        }
        let count = detail.lines.count
        guard count > 0 else { return }
        let delta = movement.delta(viewport: max(1, layout.detail.height))
        detail.cursor = min(count - 1, max(0, detail.cursor + delta))
        scrollDetailToCursor()
    }

    mutating func openOrUnfold() {
        if pane.hasList, focus == .list, !items.isEmpty {
            focus = .detail
            rewrapAfterFocusChange()
        }
    }

    mutating func foldOrLeave() {
        if pane.hasList, focus == .detail {
            focus = .list
            rewrapAfterFocusChange()
        }
    }

    /// Under 80×24 the detail takes the whole box when focused, so its width changes with focus.
    mutating func rewrapAfterFocusChange() {
        var current = cursor
        current.clamp(rows: itemRows, height: layout.list.height)
        cursor = current
        rewrap()
    }

    mutating func switchPane(by step: Int) {
        let count = Pane.allCases.count
        select(pane: Pane(rawValue: (pane.rawValue + step + count) % count) ?? .summary)
    }

    /// Shows `target` (closing the ladder); `:pane` in the vCon list does nothing.
    mutating func select(pane target: Pane) {
        guard mode != .library else { return }
        mode = .document
        pane = target
        focus = .list
        rebuildItems()
        if pane == .json { syncTreeViewport() }
        applyPendingTurn()
    }

    /// `q`/Esc on the panes, one step at a time: cancel a running job or search, clear the list's filter, clear
    /// the search (Esc), leave the detail, go back in location history (as `[` does), back to the vCon list;
    /// at the top `q` quits.
    mutating func backInDocument(escape: Bool) -> [Effect] {
        if let effects = cancelRunning(escape: escape) { return effects }
        if pane.hasList, !cursor.filter.isEmpty {
            clearFilter()
            return []
        }
        if clearSearches(escape: escape) { return [] }
        if pane.hasList, focus == .detail {
            focus = .list
            rewrapAfterFocusChange()
            return []
        }
        if !history.isEmpty {
            goBack()
            return []
        }
        if session.hasList {
            mode = .library
            if let position = session.row(ofDocument: document) {
                libraryCursor.select(position, rows: libraryRows, height: layout.list.height)
            }
            return []
        }
        return quitOrSayHow(escape: escape)
    }
}
