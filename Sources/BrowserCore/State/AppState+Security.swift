import TermUI
import VConModel

/// `:trust FILE` and `:key FILE`: judge every envelope again with one more anchor or key, then refresh every pane.
///
/// The reducer only asks: the judging (file reads, crypto, re-opening encrypted members) is `Effect.rejudge`,
/// carried out by the run loop off the UI loop; its answer comes back as `Action.rejudged`.
extension AppState {
    mutating func addSecurity(_ addition: SecurityAddition) -> [Effect] {
        let verb = if case .trust = addition { "trust" } else { "key" }
        guard !addition.path.isEmpty else {
            message = ":\(verb) needs a file: :\(verb) FILE"
            return []
        }
        guard session.checker != nil else {
            message = ":\(verb) is not available here (this session cannot judge envelopes)"
            return []
        }
        if let running = work {
            message = "busy: \(running.status) (Esc cancels)"
            return []
        }
        work = .judging(addition)
        message = "\(work?.status ?? "judging…") (Esc cancels)"
        return [.rejudge(addition)]
    }

    /// The run loop's answer to `Effect.rejudge`; ignored when the work was cancelled meanwhile.
    mutating func rejudged(_ addition: SecurityAddition, _ outcome: RejudgeOutcome) {
        guard work == .judging(addition) else { return }
        work = nil
        let verb = if case .trust = addition { "trust" } else { "key" }
        let fresh: BrowserSession
        switch outcome.result {
        case .success(let session): fresh = session
        case .failure(let error):
            message = ":\(verb) \(addition.path): \(error.description)"
            return
        }
        let changed = replaceSession(fresh, rows: outcome.rows)
        let what = if case .trust = addition { "trust anchor" } else { "key" }
        let name = addition.path.split(separator: "/").last.map(String.init) ?? addition.path
        message = "\(what) \(name) added, every vCon judged again: \(changed) verdict\(changed == 1 ? "" : "s") changed"
    }

    /// Swaps in a re-judged session, keeping the open vCon, pane and cursors (matched by source name: a key
    /// that opens an encrypted member adds its decrypted layer and shifts indices), with the list's rows the worker
    /// built when it did. Returns how many badges changed.
    @discardableResult
    mutating func replaceSession(_ fresh: BrowserSession, rows prepared: LibraryRowData? = nil) -> Int {
        securityRequested = []  // the fresh session has its own (empty) cache
        var byName: [String: Int] = [:]
        for (index, document) in fresh.documents.enumerated() where byName[document.name] == nil {
            byName[document.name] = index
        }
        let changed =
            session.documents.filter { old in
                guard let index = byName[old.name] else { return false }
                return fresh.documents[index].formBadge != old.formBadge
            }.count + max(0, fresh.documents.count - session.documents.count)
        let oldNames = session.documents.map(\.name)
        let map = { (old: Int) -> Int? in old < oldNames.count ? byName[oldNames[old]] : nil }
        let remap = { (locations: [Location]) -> [Location] in
            locations.compactMap { location in
                var moved = location
                guard let index = map(location.document) else { return nil }
                moved.document = index
                return moved
            }
        }
        history = remap(history)
        future = remap(future)
        let current = map(document) ?? 0
        let listedName =
            session.paged == nil && session.listed.indices.contains(libraryCursor.selected)
            ? session.documents[session.listed[libraryCursor.selected]].name : nil
        session = fresh
        document = min(current, max(0, fresh.documents.count - 1))
        rebuildLibraryRows(prepared: prepared)
        if let listedName, let position = session.listed.firstIndex(where: { session.documents[$0].name == listedName }) {
            libraryCursor.selected = position
        }
        libraryCursor.clamp(rows: libraryRows, height: layout.list.height)
        if mode != .library, !session.documents.isEmpty {
            tree = nil
            rebuildItems()
            if pane == .json { syncTreeViewport() }
        }
        return changed
    }
}
