/// `/` runs incrementally: Enter starts a `PendingSearch`, idle ticks of the run loop advance it (the status line
/// shows `searching… 42%`), the first hit is shown as soon as it is found, Esc cancels.
///
/// Time plays no part: a tick does a fixed budget of work, so batch runs and tests are deterministic.
extension AppState {
    /// True while something should be advanced on idle ticks (the run loop then polls instead of waiting).
    public var hasPendingWork: Bool { pendingSearch != nil }

    mutating func runSearch(_ query: String) {
        if mode == .library {
            runListSearch(query)
            return
        }
        guard let root = currentDocument?.root else {
            message = "open a vCon to search it"
            return
        }
        let engine = VConSearch(document: root.document, query: SearchQuery(query), root: root)
        search = SearchState(query: query, hits: [], current: 0)
        pendingSearch = PendingSearch(engine: engine, document: document)
        message = nil
    }

    /// One idle tick: advances the pending search by `budget` work units.
    mutating func advancePendingWork(budget: Int = PendingSearch.stepBudget) {
        guard var pending = pendingSearch, let query = search?.query else { return }
        guard pending.document == document, mode != .library else {
            pendingSearch = nil
            search = nil
            return
        }
        let hadHits = search?.hits.isEmpty == false
        pendingSearch = nil  // one owner of the engine while it steps, so its arrays are not copied
        pending.engine.step(budget: budget)
        // Appended in place: the hits so far are never copied, so a tick costs what it finds, not all found.
        search?.hits.append(contentsOf: pending.engine.takeHits())
        let finished = pending.engine.progress.isFinished
        pendingSearch = finished ? nil : pending
        let found = search?.hits.isEmpty == false
        if !hadHits, found {
            remember()
            showHit()
        } else if finished, !found {
            message = "no match for \(query)"
        } else if finished, message?.hasPrefix("hit ") == true {
            message = hitMessage()  // the count was a count so far
        }
    }

    /// Runs pending work to its end (the end of a key script: batch dumps and tests show finished searches).
    mutating func finishPendingWork() {
        while hasPendingWork { advancePendingWork(budget: .max) }
    }

    /// Esc while searching: stops, keeping the hits found so far.
    mutating func cancelSearch() {
        guard let pending = pendingSearch else { return }
        pendingSearch = nil
        let found = search?.hits.count ?? 0
        if found == 0 { search = nil }
        message = "search cancelled at \(pending.percent)%" + (found == 0 ? "" : " (\(Counted.text(found, "hit")) so far: n/N)")
    }

    /// Makes sure hit `index` exists if the search can still find it (`n` while searching waits for it).
    mutating func searchUntil(hitCount: Int) {
        while hasPendingWork, (search?.hits.count ?? 0) < hitCount { advancePendingWork() }
    }

    /// `hit 2/17: …excerpt…` (`so far` while still searching).
    func hitMessage() -> String? {
        guard let search, search.current < search.hits.count else { return nil }
        let hit = search.hits[search.current]
        return "hit \(search.current + 1)/\(search.hits.count)" + (pendingSearch == nil ? "" : " so far")
            + (hit.kind == .decoded ? " in the decoded body" : "") + ": " + hit.excerpt
    }
}
