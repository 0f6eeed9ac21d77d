import TermUI
import VConModel

/// The reducer for commands of the table: one switch on the mode hands the command to that mode's reducer
/// (`runInLibrary`, `runInDocument`, `runInLadder`); what it leaves is the same in every mode (`runShared`).
extension AppState {
    mutating func run(_ id: CommandID, key: KeyPress) -> [Effect] {
        let handled: [Effect]? =
            switch mode {
            case .library: runInLibrary(id, key: key)
            case .document: runInDocument(id, key: key)
            // The ladder shows over the vCon's panes: what it leaves (`]`, Tab, `n`, `w`…) is theirs.
            case .ladder: runInLadder(id, key: key) ?? runInDocument(id, key: key)
            }
        return handled ?? runShared(id)
    }

    /// Commands that mean the same in every mode.
    mutating func runShared(_ id: CommandID) -> [Effect] {
        switch id {
        case .historyBack: goBack()
        case .historyForward: goForward()
        case .search: openPrompt(.search)
        case .commandLine: openPrompt(.command)
        case .timeMode: setTime(time.mode.next)
        case .explain: explain()
        case .help: overlay = .help(HelpState())
        case .copyValue: return copy(.value)
        case .copyPath: return copy(.path)
        case .copyJQPath: return copy(.jqPath)
        case .copyUUID: return copy(.uuid)
        case .save: startSave()
        case .openWith: return openWith()
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .reload: return [.reload]
        case .toggleMouse:
            mouseEnabled.toggle()
            message = mouseEnabled ? "mouse on" : "mouse off"
            return [.setMouse(mouseEnabled)]
        case .openLadder: openLadder()
        case .ladderMessage, .ladderMark, .ladderLanesLeft, .ladderLanesRight, .ladderPreviousError, .ladderNextError,
            .ladderCollapse, .ladderColour, .ladderFollow, .ladderScrollMessageDown, .ladderScrollMessageUp:
            message = "only in the ladder (L opens it)"
        case .moveDown, .moveUp, .top, .bottom, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .openOrUnfold,
            .foldOrLeave, .toggleFold, .follow, .nextPane, .previousPane, .jumpToPane, .nextHit, .previousHit, .filter,
            .hexView, .transcriptWords, .findings, .back, .diff:
            break  // each mode's reducer takes these (or says they do nothing there)
        }
        return []
    }

    /// The movement a move command stands for; nil for the other commands.
    static func movement(_ id: CommandID) -> Movement? {
        switch id {
        case .moveDown: .down(1)
        case .moveUp: .up(1)
        case .top: .top
        case .bottom: .bottom
        case .halfPageDown: .halfPageDown
        case .halfPageUp: .halfPageUp
        case .pageDown: .pageDown
        case .pageUp: .pageUp
        default: nil
        }
    }

    mutating func setTime(_ mode: TimeMode) {
        let before = time
        time.mode = mode
        // Rows of this session: only their times are made again.
        let current = libraryRowData.fits(session, time: before, ellipsis: glyphs.ellipsis)
        rebuildLibraryRows(prepared: current ? libraryRowData.retimed(session, time: time) : nil)
        if self.mode != .library {
            items = PaneContent.items(pane, context: context)
            rebuildDetail(keepCursor: true)
        }
        message = "time: \(mode.badge(ascii: glyphs.isASCII))"
    }

    // MARK: - The steps of q / Esc every mode shares

    /// Esc's first steps in every mode: cancel the work off the UI loop, else a search still running; nil when
    /// neither runs (or for `q`).
    mutating func cancelRunning(escape: Bool) -> [Effect]? {
        if escape, let running = work {
            work = nil
            message = "\(running.status): cancelled"
            return [.cancelWork]
        }
        if escape, hasPendingWork {
            cancelSearch()
            return []
        }
        return nil
    }

    /// Esc forgets the searches (the vCon's and the list's); false when there is none (or for `q`).
    mutating func clearSearches(escape: Bool) -> Bool {
        guard escape, search != nil || listSearch != nil else { return false }
        search = nil
        listSearch = nil
        message = "search cleared"
        return true
    }

    /// Clears the `\` filter of the list that has the keyboard.
    mutating func clearFilter() {
        setFilter("")
        message = "filter cleared"
    }

    /// The last step at the top level: only `q` quits (Esc says how to quit instead: a stray Esc must never
    /// end the session).
    mutating func quitOrSayHow(escape: Bool) -> [Effect] {
        guard escape else { return [.quit] }
        message = "q or Q quits"
        return []
    }
}
