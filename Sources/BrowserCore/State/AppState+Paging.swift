import VConLibrary
import VConModel

/// The vCon list over a store (`BrowserSession.paged`): the next page is asked for when the selection comes
/// within a screen of the last row listed (j, PgDn, G, `:N`), a row is fetched and opened on Enter, and `\` asks
/// the store for a filtered listing. The reducer only asks (`Effect.listMore`, `.openEntry`, `.relist`); the run
/// loop answers off the UI loop, the status line says `loading…` meanwhile, and Esc cancels (PQcancel, the URL task).
extension AppState {
    /// Rows asked of the store per page while scrolling.
    static let storePage = 200
    /// The most rows asked at once while going to a row `:N` far below the last one listed.
    static let storeJumpPage = 5000

    /// Asks for the next page when the selection is within a screen of the last listed row (or `:N` waits for one).
    mutating func pageAhead() -> [Effect] {
        guard mode == .library, let paged = session.paged, paged.hasMore, work == nil else { return [] }
        let height = max(1, layout.list.height)
        let wanted = pendingRow.map { $0 + height } ?? (libraryCursor.selected + 2 * height)
        guard wanted >= paged.rows.count else { return [] }
        let limit = min(Self.storeJumpPage, max(Self.storePage, wanted - paged.rows.count))
        work = .paging(listed: paged.rows.count)
        return [.listMore(limit: limit)]
    }

    /// `:N` past the rows listed so far: remembered, and pages are asked for until row N is listed.
    mutating func goToUnlistedRow(_ number: Int) -> Bool {
        guard let paged = session.paged, paged.hasMore, number > paged.rows.count else { return false }
        pendingRow = number - 1
        libraryCursor.select(max(0, paged.rows.count - 1), rows: libraryRows, height: layout.list.height)
        message = "row \(number) is not listed yet: loading… (Esc stops)"
        return true
    }

    /// The run loop's answer to `Effect.listMore` / `.relist`; ignored when Esc cancelled the work meanwhile.
    mutating func pageListed(_ fresh: BrowserSession, failure: String?) -> [Effect] {
        let relisting: String?
        switch work {
        case .paging?: relisting = nil
        case .filtering(let text)?: relisting = text
        default: return []
        }
        work = nil
        if let failure {
            pendingRow = nil
            message = "\(failure) (scroll again to retry)"
            return []
        }
        if let relisting {
            libraryCursor = ListCursor()
            listSearch = nil
            mode = .library
            replaceSession(fresh)
            let count = fresh.paged?.countText(ascii: glyphs.isASCII) ?? Counted.text(fresh.listCount, "vCon")
            message = relisting.isEmpty ? "store filter cleared: \(count)" : "store filter \(relisting): \(count)"
            return []
        }
        replaceSession(fresh)
        if let row = pendingRow {
            if row < session.listCount {
                pendingRow = nil
                libraryCursor.select(row, rows: libraryRows, height: layout.list.height)
            } else if !(session.paged?.hasMore ?? false) {
                pendingRow = nil
                message = "no row \(row + 1): the store has \(session.listCount)"
            }
        }
        return pageAhead()
    }

    /// Enter on a store row not opened yet: fetch it off the UI loop.
    mutating func openStoreRow(_ row: Int) -> [Effect] {
        guard let paged = session.paged, paged.rows.indices.contains(row) else { return [] }
        let target = paged.rows[row]
        if let failed = target.failed {
            message = failed
            return []
        }
        if let running = work {
            message = "busy: \(running.status) (Esc cancels)"
            return []
        }
        work = .opening(target.summary.uuid ?? target.displayName)
        return [.openEntry(target.entry)]
    }

    /// The run loop's answer to `Effect.openEntry`: the row's vCon opens (or the status line says why not).
    mutating func entryOpened(_ fresh: BrowserSession, entry: Int, failure: String?) -> [Effect] {
        guard case .opening = work else { return [] }
        work = nil
        replaceSession(fresh)
        guard failure == nil, let row = session.paged?.rows.firstIndex(where: { $0.entry == entry }),
            let document = session.document(atRow: row)
        else {
            message = failure ?? session.paged?.rows.first(where: { $0.entry == entry })?.failed ?? "could not open that vCon"
            return []
        }
        libraryCursor.select(row, rows: libraryRows, height: layout.list.height)
        remember()
        open(document: document)
        return requestSecurityCheck()
    }

    /// `\` submitted over a store: the store is asked again with the filter (never filtered locally only).
    mutating func submitStoreFilter(_ text: String) -> [Effect] {
        libraryCursor.filter = ""
        libraryCursor.clamp(rows: libraryRows, height: layout.list.height)
        let trimmed = text.trimmingCharacters(in: " ")
        guard trimmed != (session.paged?.filterText ?? "") else { return [] }
        let filter: ListFilter
        switch StoreFilterText.parse(trimmed) {
        case .success(let parsed): filter = parsed
        case .failure(let problem):
            message = problem.message
            return []
        }
        if let running = work {
            message = "busy: \(running.status) (Esc cancels)"
            return []
        }
        pendingRow = nil
        work = .filtering(trimmed)
        return [.relist(filter, text: trimmed)]
    }
}
