import TermUI
import VConModel

/// The reducer for commands of the table.
extension AppState {
    mutating func run(_ id: CommandID, key: KeyPress) -> [Effect] {
        if let effects = runInLadder(id, key: key) { return effects }
        switch id {
        case .moveDown: move(.down(1))
        case .moveUp: move(.up(1))
        case .top: move(.top)
        case .bottom: move(.bottom)
        case .halfPageDown: move(.halfPageDown)
        case .halfPageUp: move(.halfPageUp)
        case .pageDown: move(.pageDown)
        case .pageUp: move(.pageUp)
        case .openOrUnfold: openOrUnfold()
        case .foldOrLeave: foldOrLeave()
        case .toggleFold:
            if pane == .json, let tree, !showingLibrary { treeState.toggle(in: tree) }
        case .follow: return follow()
        case .diff: showDiff()
        case .historyBack: goBack()
        case .historyForward: goForward()
        case .nextPane: switchPane(by: 1)
        case .previousPane: switchPane(by: -1)
        case .jumpToPane:
            if case .character(let c) = key.key, let n = Int(String(c)), let target = Pane(rawValue: n - 1) {
                select(pane: target)
            }
        case .search: openPrompt(.search)
        case .nextHit: stepHit(forward: true)
        case .previousHit: stepHit(forward: false)
        case .filter:
            if showingLibrary || pane.hasList { openPrompt(.filter) } else { message = "nothing to filter here" }
        case .commandLine: openPrompt(.command)
        case .timeMode: setTime(time.mode.next)
        case .hexView:
            guard !showingLibrary else { break }
            hex.toggle()
            rebuildDetail(keepCursor: true)
            showBodyAfterHexToggle()
        case .transcriptWords:
            guard !showingLibrary else { break }
            words.toggle()
            rebuildDetail(keepCursor: true)
            message = words ? "transcript words shown" : "transcript words hidden"
        case .explain: explain()
        case .findings: openFindings()
        case .help: overlay = .help(HelpState())
        case .copyValue: return copy(.value)
        case .copyPath: return copy(.path)
        case .copyJQPath: return copy(.jqPath)
        case .copyUUID: return copy(.uuid)
        case .save: startSave()
        case .openWith: return openWith()
        case .back: return back(escape: key.key == .escape)
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .reload: return [.reload]
        case .toggleMouse:
            mouseEnabled.toggle()
            message = mouseEnabled ? "mouse on" : "mouse off"
            return [.setMouse(mouseEnabled)]
        case .openLadder, .ladderMessage, .ladderMark, .ladderLanesLeft, .ladderLanesRight, .ladderPreviousError,
            .ladderNextError, .ladderCollapse, .ladderColour, .ladderFollow, .ladderScrollMessageDown,
            .ladderScrollMessageUp:
            return runLadderCommand(id)
        }
        // Over a store, moving down near the last listed row asks for the next page (moving up never does, so
        // a load cancelled with Esc is not asked again by the next key).
        return [.moveDown, .pageDown, .halfPageDown, .bottom].contains(id) ? pageAhead() : []
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

    /// Moves whatever has the keyboard.
    mutating func move(_ movement: Movement) {
        if showingLibrary {
            libraryCursor.move(movement, rows: libraryRows, height: layout.list.height)
            return
        }
        if pane == .json {
            guard let tree else { return }
            syncTreeViewport()
            treeState.move(movement, in: tree)
            return
        }
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
        if showingLibrary { return }
        if pane == .json, let tree {
            treeState.expandOrChild(in: tree)
            syncTreeViewport()
        } else if pane.hasList, focus == .list, !items.isEmpty {
            focus = .detail
            rewrapAfterFocusChange()
        }
    }

    mutating func foldOrLeave() {
        if showingLibrary { return }
        if pane == .json, let tree {
            treeState.collapseOrParent(in: tree)
        } else if pane.hasList, focus == .detail {
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
        guard !showingLibrary else { return }
        let count = Pane.allCases.count
        select(pane: Pane(rawValue: (pane.rawValue + step + count) % count) ?? .summary)
    }

    mutating func select(pane target: Pane) {
        guard !showingLibrary else { return }
        ladder = nil
        pane = target
        focus = .list
        rebuildItems()
        if pane == .json { syncTreeViewport() }
        applyPendingTurn()
    }

    mutating func setTime(_ mode: TimeMode) {
        time.mode = mode
        rebuildLibraryRows()
        if !showingLibrary {
            items = PaneContent.items(pane, context: context)
            rebuildDetail(keepCursor: true)
        }
        message = "time: \(mode.badge(ascii: glyphs.isASCII))"
    }

    /// `q`/Esc, one step at a time: cancel a running search, clear the list's filter, clear the search (Esc),
    /// leave the detail, go back in location history (as `[` does), back to the vCon list; only `q` at the
    /// top level quits (Esc says how to quit instead: a stray Esc must never end the session).
    mutating func back(escape: Bool) -> [Effect] {
        if escape, let running = work {
            work = nil
            message = "\(running.status): cancelled"
            return [.cancelWork]
        }
        if escape, hasPendingWork {
            cancelSearch()
            return []
        }
        if showingLibrary, libraryCursor.filter.isEmpty, !(session.paged?.filterText.isEmpty ?? true) {
            return submitStoreFilter("")
        }
        if clearFilter() { return [] }
        if escape, search != nil || listSearch != nil {
            search = nil
            listSearch = nil
            message = "search cleared"
            return []
        }
        if !showingLibrary, pane.hasList, focus == .detail {
            focus = .list
            rewrapAfterFocusChange()
            return []
        }
        if !showingLibrary, !history.isEmpty {
            goBack()
            return []
        }
        if !showingLibrary, session.paged != nil || session.listed.count > 1 {
            showingLibrary = true
            if let position = session.row(ofDocument: document) {
                libraryCursor.select(position, rows: libraryRows, height: layout.list.height)
            }
            return []
        }
        guard escape else { return [.quit] }
        message = "q or Q quits"
        return []
    }

    /// Clears the `\` filter of the list that has the keyboard; false when there is none.
    mutating func clearFilter() -> Bool {
        if showingLibrary, !libraryCursor.filter.isEmpty {
            setFilter("")
        } else if !showingLibrary, ladder == nil, pane.hasList, !cursor.filter.isEmpty {
            setFilter("")
        } else {
            return false
        }
        message = "filter cleared"
        return true
    }
}
