import TermUI
import VConModel
import VConSIP

/// Ways into the ladder besides `L`: Enter on a `sip-*` attachment, `:N` for a message, the mouse.
extension AppState {
    /// Enter on a SIP attachment opens the ladder of its dialog at its first message; false for others.
    mutating func openLadder(attachment index: Int) -> Bool {
        guard let vcon = currentDocument?.vcon, let attachment = VConItems.attachment(vcon, index),
            LadderSources.role(of: attachment) != nil
        else { return false }
        let dialogs = LadderSources.signalingDialogs(vcon)
        let dialog = attachment.dialog.flatMap { dialogs.contains($0) ? $0 : nil } ?? dialogs.first
        return openLadder(dialog: dialog, source: "/attachments/\(index)")
    }

    /// `:N` in the ladder: message `#N`.
    mutating func selectLadderMessage(_ number: Int) {
        guard var pane = ladder else { return }
        guard number >= 0, number < pane.layout.messages.count, let row = pane.row(ofMessage: number),
            pane.geometry.line(ofRow: row) != nil
        else {
            message = "no message #\(number) shown (\(Counted.text(pane.layout.messages.count, "message")))"
            return
        }
        pane.view.selectedRow = row
        ladder = pane
        selectionChanged()
    }

    /// Wheel moves the selection (or scrolls the panel under the pointer); a click selects a row.
    mutating func ladderMouse(_ mouse: MouseEvent) -> [Effect] {
        guard let pane = ladder else { return [] }
        let areas = ladderLayout
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let step = mouse.kind == .wheelUp ? -3 : 3
            if areas.panel.contains(x: mouse.x, y: mouse.y) {
                let height = max(1, areas.panel.height)
                ladder?.panelOffset = min(max(0, pane.panelOffset + step), max(0, pane.panelRows.count - height))
            } else {
                moveLadder(by: step)
            }
        case .press(.left):
            let bodyTop = areas.ladder.y + pane.geometry.header.count
            guard areas.ladder.contains(x: mouse.x, y: mouse.y), mouse.y >= bodyTop else { return [] }
            let line = pane.view.topLine + mouse.y - bodyTop
            guard line < pane.geometry.lines.count, let row = pane.geometry.lines[line].row else { return [] }
            ladder?.view.selectedRow = row
            selectionChanged()
        default:
            break
        }
        return []
    }
}
