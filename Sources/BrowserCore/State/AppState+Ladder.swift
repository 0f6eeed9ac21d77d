import TermUI
import VConModel
import VConSIP

/// Opening and leaving the ladder, and keeping its geometry and panel in step with the state.
extension AppState {
    /// The key scope: the ladder's keys while it shows.
    var keyScope: CommandScope { mode == .ladder ? .ladder : .global }

    /// Where the ladder and its panel go at the current size.
    var ladderLayout: LadderPaneLayout {
        LadderPaneLayout.make(
            box: layout.box, panel: ladder.map { $0.panel != .none } ?? false,
            preferredWidth: ladder?.preferredWidth)
    }

    /// The gutter's zone for the time mode: local time and a fixed offset as that offset; the modes that
    /// are not a zone (as written, relative, delta) keep UTC in the gutter, where Δ is already shown.
    var ladderTimeZone: LadderTimeZone {
        switch time.mode {
        case .local: time.localOffsetSeconds == 0 ? .utc : .offset(seconds: time.localOffsetSeconds)
        case .offset(let seconds): seconds == 0 ? .utc : .offset(seconds: seconds)
        default: .utc
        }
    }

    /// Opens the ladder of `dialog` (nil: the focused dialog, else the first with signaling), selecting the
    /// message that came from `source` (an attachment pointer) when given. False when there is no signaling.
    @discardableResult
    mutating func openLadder(dialog requested: Int? = nil, source: String? = nil, remembering: Bool = true) -> Bool {
        guard let vcon = currentDocument?.vcon else {
            message = "open a vCon to see its SIP ladder"
            return false
        }
        guard LadderSources.hasSignaling(vcon) else {
            message = "no SIP signaling in this vCon (no sip-message-trace, sip-* or message/sip attachment)"
            return false
        }
        let dialogs = LadderSources.signalingDialogs(vcon)
        var chosen = requested.flatMap { dialogs.contains($0) ? $0 : nil }
        if let requested, chosen == nil { message = "dialog \(requested) has no SIP signaling" }
        if chosen == nil, requested == nil, pane == .dialog, let item = selectedItem {
            if dialogs.contains(item) {
                chosen = item
            } else if !dialogs.isEmpty {
                message = "dialog \(item) has no SIP signaling; showing dialog \(dialogs[0])"
            }
        }
        if chosen == nil { chosen = dialogs.first }
        if remembering { remember() }
        let layout = LadderLayout(LadderSources.input(from: vcon, dialog: chosen))
        var pane = LadderPane(dialog: chosen, layout: layout, geometry: ladderGeometry(layout, width: 0))
        if let source,
            let index = layout.messages.firstIndex(where: { m in
                m.sources.contains { $0 == source || $0.hasPrefix(source + "/") }
            }), let row = pane.row(ofMessage: index)
        {
            pane.view.selectedRow = row
        }
        ladder = pane
        mode = .ladder
        focus = .list
        relayoutLadder()
        if ladder?.view.selectedRow == nil { moveLadder(by: 1) }
        syncFollow()
        return true
    }

    /// Reopens the ladder a history entry names.
    mutating func restoreLadder(_ location: LadderLocation) {
        guard openLadder(dialog: location.dialog, remembering: false), var pane = ladder else { return }
        if let row = location.selectedRow { pane.view.selectedRow = row }
        pane.view.markedRow = location.markedRow
        ladder = pane
        relayoutLadder()
        syncFollow()
    }

    /// Leaves the ladder: back in history when there is an entry, else to the pane under it.
    mutating func leaveLadder() {
        if !history.isEmpty {
            goBack()
        } else {
            mode = .document
            rebuildItems()
        }
    }

    /// The geometry of `layout` at `width` with the current settings.
    func ladderGeometry(_ layout: LadderLayout, width: Int) -> LadderGeometry {
        LadderGeometry(
            layout: layout, metrics: LadderMetrics(width: max(0, width), glyphs: glyphs),
            options: LadderOptions(
                timeZone: ladderTimeZone,
                collapseRetransmissions: ladderSettings.collapse))
    }

    /// Recomputes the geometry for the ladder's width, keeps the selection visible (a row hidden by
    /// collapsing moves to the message it repeats) and rebuilds the panel.
    mutating func relayoutLadder() {
        guard var pane = ladder else { return }
        let full = ladderGeometry(pane.layout, width: max(0, layout.box.width - 2))
        pane.preferredWidth = full.mode == .ladder && full.maxLaneScroll == 0 ? full.gutter.width + full.canvasWidth + 1 : nil
        ladder = pane
        let areas = ladderLayout
        pane.geometry = ladderGeometry(pane.layout, width: areas.ladder.width)
        if let row = pane.view.selectedRow, pane.geometry.line(ofRow: row) == nil, let index = pane.message(ofRow: row),
            let original = pane.layout.messages[index].retransmissionOf, let originalRow = pane.row(ofMessage: original)
        {
            pane.view.selectedRow = originalRow
        }
        if let mark = pane.view.markedRow, pane.geometry.line(ofRow: mark) == nil { pane.view.markedRow = nil }
        let view = LadderView(geometry: pane.geometry, theme: theme)
        pane.view.scrollToSelection(bodyHeight: view.bodyHeight(areaHeight: areas.ladder.height), in: pane.geometry)
        ladder = pane
        rebuildLadderPanel(keepOffset: true)
    }

    /// Rebuilds the panel's lines for what it shows and wraps them to its width.
    mutating func rebuildLadderPanel(keepOffset: Bool) {
        guard var pane = ladder else { return }
        let width = ladderLayout.panel.width
        let writer = LadderMessageLines(pane: pane, zone: ladderTimeZone, glyphs: glyphs, theme: theme)
        switch pane.panel {
        case .none: pane.panelLines = []
        case .message(let row): pane.panelLines = writer.lines(ofRow: row, sdpUnfolded: pane.sdpUnfolded)
        case .diff(let a, let b): pane.panelLines = writer.diff(a, b)
        }
        pane.panelRows = pane.panelLines.wrappedRows(width: max(1, width), ascii: glyphs.isASCII)
        pane.panelWidth = width
        let height = max(1, ladderLayout.panel.height)
        pane.panelOffset = keepOffset ? min(pane.panelOffset, max(0, pane.panelRows.count - height)) : 0
        ladder = pane
    }

    /// Moves the selection by `steps` rows, scrolls to it, updates the panel and, in follow mode, the panes.
    mutating func moveLadder(by steps: Int) {
        guard var pane = ladder else { return }
        pane.view.moveSelection(by: steps, in: pane.geometry)
        ladder = pane
        selectionChanged()
    }

    /// After the selection moved: scroll, panel and follow mode.
    mutating func selectionChanged() {
        guard var pane = ladder else { return }
        let view = LadderView(geometry: pane.geometry, theme: theme)
        pane.view.scrollToSelection(bodyHeight: view.bodyHeight(areaHeight: ladderLayout.ladder.height), in: pane.geometry)
        if case .message = pane.panel, let row = pane.view.selectedRow { pane.panel = .message(row) }
        ladder = pane
        if pane.panel != .none { rebuildLadderPanel(keepOffset: false) }
        syncFollow()
    }
}
