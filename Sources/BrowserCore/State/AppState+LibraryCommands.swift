import TermUI
import VConModel

/// The reducer while the vCon list shows: moves go row by row (over a store, asking for the next page), Enter
/// opens the row, `/` `n` `N` and `\` search and filter the list, `!` lists the files not opened; a vCon's own
/// keys (panes, folds, hex) do nothing here.
extension AppState {
    /// Handles `id` in the vCon list; nil leaves it to `runShared`.
    mutating func runInLibrary(_ id: CommandID, key: KeyPress) -> [Effect]? {
        if let movement = Self.movement(id) {
            libraryCursor.move(movement, rows: libraryRows, height: layout.list.height)
            // Over a store, moving down near the last listed row asks for the next page (moving up never does, so
            // a load cancelled with Esc is not asked again by the next key).
            return [.moveDown, .pageDown, .halfPageDown, .bottom].contains(id) ? pageAhead() : []
        }
        switch id {
        case .follow: return openSelectedRow()
        case .nextHit: stepListHit(forward: true)
        case .previousHit: stepListHit(forward: false)
        case .filter: openPrompt(.filter)
        case .findings: openSkippedFiles()
        case .copyUUID: return copyListUUID()
        case .diff: message = "open a vCon first (d compares it with the version it links to)"
        case .back: return backInLibrary(escape: key.key == .escape)
        case .openOrUnfold, .foldOrLeave, .toggleFold, .nextPane, .previousPane, .jumpToPane, .hexView, .transcriptWords:
            break
        default:
            return nil
        }
        return []
    }

    /// Enter: opens the selected vCon (a store row is fetched first).
    mutating func openSelectedRow() -> [Effect] {
        guard libraryCursor.selected < session.listCount else { return [] }
        guard let target = session.document(atRow: libraryCursor.selected) else { return openStoreRow(libraryCursor.selected) }
        remember()
        open(document: target)
        return []
    }

    /// `:N` in the list: row N, or over a store the pages up to it.
    mutating func goToListRow(_ number: Int) {
        if goToUnlistedRow(number) { return }
        let index = number - 1
        guard index >= 0, index < libraryRows.count else {
            message = "no row \(number): the list has \(libraryRows.count)"
            return
        }
        libraryCursor.select(index, rows: libraryRows, height: layout.list.height)
    }

    /// `!` in the list: the files that could not be opened.
    mutating func openSkippedFiles() {
        guard !session.skipped.isEmpty else {
            message = "every file opened (open a vCon to see its findings)"
            return
        }
        overlay = .findings(ListCursor())
    }

    /// `q`/Esc in the list, one step at a time: cancel a running job, clear the store's filter, then the list's,
    /// clear the search (Esc); at the top `q` quits.
    mutating func backInLibrary(escape: Bool) -> [Effect] {
        if let effects = cancelRunning(escape: escape) { return effects }
        if libraryCursor.filter.isEmpty, !(session.paged?.filterText.isEmpty ?? true) {
            return submitStoreFilter("")
        }
        if !libraryCursor.filter.isEmpty {
            clearFilter()
            return []
        }
        if clearSearches(escape: escape) { return [] }
        return quitOrSayHow(escape: escape)
    }

    /// Wheel moves the selection; a click selects the row under it.
    mutating func libraryMouse(_ mouse: MouseEvent) {
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let step: Movement = mouse.kind == .wheelUp ? .up(3) : .down(3)
            libraryCursor.move(step, rows: libraryRows, height: layout.list.height)
        case .press(.left):
            let list = layout.list
            guard list.contains(x: mouse.x, y: mouse.y) else { return }
            let visible = ListCursor.visible(libraryRows, filter: libraryCursor.filter)
            let position = libraryCursor.offset + mouse.y - list.y
            if position < visible.count { libraryCursor.select(visible[position], rows: libraryRows, height: list.height) }
        default:
            break
        }
    }
}
