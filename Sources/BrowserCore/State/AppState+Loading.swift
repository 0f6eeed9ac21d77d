/// The vCon list fills in while members are opened off the UI loop: the first screen shows what was opened before
/// it, then each `Effect.openMore` opens the next batch and comes back as `Action.membersOpened`; the status line
/// says `loading 3 412/10 000…`, keys are answered meanwhile, and Esc stops it (what is open stays usable).
extension AppState {
    /// Starts background opening when the session's catalog has members left, else the check of findings not
    /// checked yet (`requestFindingsCheck`); the run loop calls it once.
    public mutating func start() -> [Effect] {
        let remaining = session.unopened
        guard remaining > 0, work == nil else { return requestFindingsCheck() }
        work = Self.loading(session, remaining: remaining)
        return [.openMore]
    }

    /// Swaps in the grown session (cursor, vCon and pane kept), and asks for more while members remain.
    mutating func membersOpened(_ fresh: BrowserSession, rows: LibraryRowData?, remaining: Int) -> [Effect] {
        guard case .loading = work else { return [] }
        let note = message
        growSession(fresh, prepared: rows)
        message = note
        guard remaining > 0 else {
            work = nil
            return []
        }
        work = Self.loading(fresh, remaining: remaining)
        return [.openMore]
    }

    /// Swaps in a session that only grew (its documents and listed rows extend the current ones): the open vCon,
    /// its pane, cursors and fold state stay, and the rows come from `prepared` (built by the worker) or only the
    /// new ones are built. Anything else is a replacement.
    mutating func growSession(_ fresh: BrowserSession, prepared: LibraryRowData?) {
        let kept = LibraryRowData.sharedPrefix(session, fresh)
        guard kept > 0 || session.listed.isEmpty, fresh.paged == nil, session.paged == nil else {
            replaceSession(fresh)
            return
        }
        securityRequested = []  // the fresh session has its own (empty) cache
        session = fresh
        rebuildLibraryRows(prepared: prepared, keeping: kept)
        libraryCursor.clamp(rows: libraryRows, height: layout.list.height)
        guard mode != .library, !session.documents.isEmpty else { return }
        // The same document; its links may now reach members opened since.
        items = PaneContent.items(pane, context: context)
        var current = cursor
        current.clamp(rows: itemRows, height: layout.list.height)
        cursor = current
        rebuildDetail(keepCursor: true)
    }

    /// The status of background opening: `remaining` counts one for a listing not finished (`Catalog.workLeft`).
    static func loading(_ session: BrowserSession, remaining: Int) -> BackgroundWork {
        let more = session.listingGoesOn
        return .loading(opened: session.listed.count, total: session.listed.count + remaining - (more ? 1 : 0), more: more)
    }
}
