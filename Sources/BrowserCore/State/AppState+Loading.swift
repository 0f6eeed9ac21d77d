/// The vCon list fills in while members are opened off the UI loop: the first screen shows what was opened before
/// it, then each `Effect.openMore` opens the next batch and comes back as `Action.membersOpened`; the status line
/// says `loading 3 412/10 000…`, keys are answered meanwhile, and Esc stops it (what is open stays usable).
extension AppState {
    /// Starts background opening when the session's catalog has members left; the run loop calls it once.
    public mutating func start() -> [Effect] {
        let remaining = session.unopened
        guard remaining > 0, work == nil else { return [] }
        work = Self.loading(session, remaining: remaining)
        return [.openMore]
    }

    /// Swaps in the grown session (cursor, vCon and pane kept), and asks for more while members remain.
    mutating func membersOpened(_ fresh: BrowserSession, remaining: Int) -> [Effect] {
        guard case .loading = work else { return [] }
        let note = message
        replaceSession(fresh)
        message = note
        guard remaining > 0 else {
            work = nil
            return []
        }
        work = Self.loading(fresh, remaining: remaining)
        return [.openMore]
    }

    /// The status of background opening: `remaining` counts one for a listing not finished (`Catalog.workLeft`).
    static func loading(_ session: BrowserSession, remaining: Int) -> BackgroundWork {
        let more = session.listingGoesOn
        return .loading(opened: session.listed.count, total: session.listed.count + remaining - (more ? 1 : 0), more: more)
    }
}
