/// The Security pane's content hashes and STIR checks read external files and call the crypto: they leave the
/// reducer as `Effect.checkSecurity`, and the pane says "checking…" until `Action.securityChecked` answers.
extension AppState {
    /// The effect that checks the open vCon when the Security pane shows it and its checks have not run or been
    /// asked for yet (at most one per member).
    mutating func requestSecurityCheck() -> [Effect] {
        guard mode != .library, pane == .security, let current = currentDocument,
            session.awaitsSecurityCheck(current), !securityRequested.contains(current.memberIndex)
        else { return [] }
        securityRequested.insert(current.memberIndex)
        return [.checkSecurity(current.memberIndex)]
    }

    /// The checks of `member` are in the session's cache: the pane shows them if it shows that vCon.
    mutating func securityChecked(_ member: Int) {
        securityRequested.remove(member)
        guard mode != .library, pane == .security, currentDocument?.memberIndex == member else { return }
        rebuildItems()
        rebuildDetail(keepCursor: true)
    }
}
