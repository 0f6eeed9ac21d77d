import VConModel

/// Links into a store: a group, redacted, appended or amended reference whose target is not opened is fetched by
/// uuid from the session's store when followed (`Effect.fetchReference`, answered by `Action.referenceFetched`);
/// the Links pane says "not loaded yet" until then, and "missing" once the store said it has no such vCon.
extension AppState {
    /// Enter on a link to a uuid not opened yet.
    mutating func fetchReference(_ uuid: String) -> [Effect] {
        if session.missingInStore.contains(uuid) {
            message = "missing: the store has no vCon \(TextSafety.line(uuid))"
            return []
        }
        if let running = work {
            message = "busy: \(running.status) (Esc cancels)"
            return []
        }
        work = .fetching(uuid)
        return [.fetchReference(uuid)]
    }

    /// The run loop's answer to `Effect.fetchReference`: the target opens (the link resolves), or the pane and the
    /// status line say it is missing or why it could not be fetched.
    mutating func referenceFetched(_ fresh: BrowserSession, uuid: String, outcome: ReferenceOutcome) -> [Effect] {
        guard work == .fetching(uuid) else { return [] }
        work = nil
        var fresh = fresh
        fresh.missingInStore = session.missingInStore
        switch outcome {
        case .opened(let entry):
            replaceSession(fresh)
            guard let member = session.contents?.entries.firstIndex(of: entry),
                member < session.documents.count
            else {
                message = "fetched \(TextSafety.line(uuid)), but it could not be opened"
                return []
            }
            remember()
            open(document: member)
            return requestSecurityCheck()
        case .missing:
            fresh.missingInStore.insert(uuid)
            replaceSession(fresh)
            message = "missing: the store has no vCon \(TextSafety.line(uuid))"
        case .failed(let why):
            replaceSession(fresh)
            message = "\(why) (Enter retries)"
        }
        if mode != .library { rebuildItems() }
        return []
    }
}
