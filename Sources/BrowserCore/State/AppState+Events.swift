import TermUI

/// From terminal events to actions: prompts and overlays get keys first, then the command table.
extension AppState {
    /// Handles one input event; returns what the run loop must do.
    public mutating func handle(_ event: InputEvent) -> [Effect] {
        guard let action = action(for: event) else { return [] }
        return apply(action)
    }

    /// Handles a whole key script (tests, benchmarks), then finishes pending work as the batch run loop does
    /// when its script is used up; returns every effect in order.
    public mutating func handle(script events: [InputEvent]) -> [Effect] {
        let effects = events.flatMap { handle($0) }
        finishPendingWork()
        return effects
    }

    /// The action an event stands for in the current state.
    public mutating func action(for event: InputEvent) -> Action? {
        switch event {
        case .resize(let width, let height):
            return .resize(TerminalSize(width: width, height: height))
        case .mouse(let mouse):
            return prompt == nil ? .mouse(mouse) : nil
        case .paste:
            return prompt == nil ? nil : .promptInput(event)
        case .key(let press):
            if prompt != nil { return .promptInput(event) }
            if overlay != nil {
                if case .run(let id, _) = globalAction(press) { return .run(id, key: press) }
                return .overlayKey(press)
            }
            switch keys.resolve(press, scope: keyScope) {
            case .command(let id, let key): return .run(id, key: key)
            case .pending: return .prefix(press)
            case .unbound: return .unbound(press)
            }
        }
    }

    /// Keys that work even over an overlay: quit, suspend, redraw.
    private func globalAction(_ press: KeyPress) -> Action? {
        var resolver = KeyResolver(keymap: keys.keymap)
        guard case .command(let id, let key) = resolver.resolve(press),
            [.quit, .suspend, .redraw].contains(id)
        else { return nil }
        return .run(id, key: key)
    }

    /// Applies one action; asks for the Security pane's checks when it shows a vCon not checked yet.
    public mutating func apply(_ action: Action) -> [Effect] {
        reduce(action) + requestSecurityCheck() + requestFindingsCheck()
    }

    private mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .run(let id, let key):
            message = nil
            return run(id, key: key)
        case .promptInput(let event):
            return promptInput(event)
        case .overlayKey(let press):
            return overlayKey(press)
        case .resize(let newSize):
            size = newSize
            relayout()
            return []
        case .mouse(let mouse):
            return mouseEvent(mouse)
        case .prefix:
            message = nil
            return []
        case .unbound(let press):
            message =
                keys.keymap.isLadderKey(press) && mode != .library
                ? "only in the ladder (L opens it)"
                : "\(KeyScript.label(for: press)) does nothing here (? for help)"
            return []
        case .saved(let path, let bytes):
            message = "saved \(Counted.text(bytes, "byte")) to \(path)"
            return []
        case .saveFailed(let reason):
            message = reason
            return []
        case .confirmOverwrite(let request):
            overlay = .confirm(request)
            return []
        case .idle:
            advancePendingWork()
            return []
        case .rejudged(let addition, let outcome):
            rejudged(addition, outcome)
            return []
        case .membersOpened(let box, let remaining):
            return membersOpened(box.session, rows: box.rows, remaining: remaining)
        case .securityChecked(let member):
            securityChecked(member)
            return []
        case .pageListed(let box, let failure):
            return pageListed(box.session, failure: failure)
        case .entryOpened(let box, let entry, let failure):
            return entryOpened(box.session, entry: entry, failure: failure)
        case .referenceFetched(let box, let uuid, let outcome):
            return referenceFetched(box.session, uuid: uuid, outcome: outcome)
        case .findingsChecked(let checked):
            findingsChecked(checked)
            return []
        case .filesChanged(let changes):
            noteChanges(changes)
            return []
        case .reloadFailed(let reason):
            message = "reload failed: \(reason)"
            return []
        case .openFinished(let what):
            message = what
            return []
        }
    }

    /// After a resize: vCon list refitted, lists clamped, detail re-wrapped, tree scrolled.
    mutating func relayout() {
        // The rows do not depend on the size: only their fit to the new width is made again (made again whole, a
        // resize over 100 000 rows redid every row's texts on the key loop).
        rebuildLibraryRows(prepared: libraryRowData)
        if mode == .library {
            libraryCursor.clamp(rows: libraryRows, height: layout.list.height)
            return
        }
        var current = cursor
        current.clamp(rows: itemRows, height: layout.list.height)
        cursor = current
        detail.width = -1
        rewrap()
        syncTreeViewport()
        relayoutLadder()
    }
}
