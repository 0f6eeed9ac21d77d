import TermUI
import VConModel

/// The reducer while the ladder shows: moves step through messages, the ladder's own keys, and global
/// keys that mean something else here (`h`/`l` fold the SDP, Tab and `1`…`8` leave for a pane).
extension AppState {
    /// Handles `id` while the ladder shows; nil leaves it to the panes under it (`runInDocument`, then `runShared`).
    mutating func runInLadder(_ id: CommandID, key: KeyPress) -> [Effect]? {
        guard let pane = ladder else { return nil }
        let body = LadderView(geometry: pane.geometry, theme: theme).bodyHeight(areaHeight: ladderLayout.ladder.height)
        switch id {
        case .moveDown: moveLadder(by: 1)
        case .moveUp: moveLadder(by: -1)
        case .top: moveLadder(by: -pane.layout.rows.count)
        case .bottom: moveLadder(by: pane.layout.rows.count)
        case .halfPageDown: moveLadder(by: max(1, body / 2))
        case .halfPageUp: moveLadder(by: -max(1, body / 2))
        case .pageDown: moveLadder(by: max(1, body))
        case .pageUp: moveLadder(by: -max(1, body))
        case .openOrUnfold: unfoldLadderPanel()
        case .foldOrLeave: foldLadderPanel()
        case .toggleFold: markLadderRow()
        case .follow, .openLadder: toggleLadderMessage()
        case .nextPane, .previousPane, .jumpToPane:
            remember()
            mode = .document
            return nil
        case .filter: message = "the ladder has no filter ({ } jump between errors, / searches)"
        case .hexView: message = "hex view is for bodies; Enter shows the full message"
        case .copyValue:
            guard let text = selectedWireText else {
                message = "select a message to copy it"
                return []
            }
            message = "copied the message (\(Counted.text(text.utf8.count, "byte")))"
            return [.copy(text)]
        case .save:
            guard let text = selectedWireText, let index = pane.view.selectedRow.flatMap(pane.message(ofRow:)) else {
                message = "select a message to save it"
                return []
            }
            openPrompt(.save, text: "message-\(index).sip", payload: Array(text.utf8))
        case .openWith: message = "o opens bodies and attachments (leave the ladder first); s saves the message"
        case .timeMode:
            setTime(time.mode.next)
            relayoutLadder()
        case .back:
            if key.key == .escape, search != nil {
                // Esc stops a running job or search first, then forgets the search; the ladder stays.
                if let effects = cancelRunning(escape: true) { return effects }
                _ = clearSearches(escape: true)
                return []
            }
            if pane.panel != .none {
                setLadderPanel(.none)
            } else {
                leaveLadder()
            }
        default:
            return CommandTable.command(id)?.group == .ladder ? runLadderCommand(id) : nil
        }
        return []
    }

    /// The ladder's own commands (outside the ladder, `runShared` opens it or says they are the ladder's).
    mutating func runLadderCommand(_ id: CommandID) -> [Effect] {
        guard var pane = ladder else { return [] }
        switch id {
        case .ladderMessage: toggleLadderMessage()
        case .ladderMark: markLadderRow()
        case .ladderLanesLeft, .ladderLanesRight:
            pane.view.scrollLanes(by: id == .ladderLanesLeft ? -1 : 1, in: pane.geometry)
            if pane.geometry.maxLaneScroll == 0 { message = "every lane is shown" }
            ladder = pane
        case .ladderPreviousError, .ladderNextError:
            let forward = id == .ladderNextError
            let before = pane.view.selectedRow
            let errors = Set(
                pane.layout.rows.indices.filter { row in
                    pane.message(ofRow: row).map { pane.layout.messages[$0].errorClass != nil } ?? false
                })
            pane.view.selectNext(forward: forward, in: pane.geometry) { errors.contains($0) }
            ladder = pane
            if pane.view.selectedRow == before {
                message = forward ? "no later error (4xx-6xx)" : "no earlier error (4xx-6xx)"
            } else {
                selectionChanged()
            }
        case .ladderCollapse:
            ladderSettings.collapse.toggle()
            relayoutLadder()
            let repeats = pane.layout.messages.filter { $0.retransmissionOf != nil }.count
            message = ladderSettings.collapse ? "retransmissions collapsed (\(repeats) hidden)" : "every retransmission shown"
        case .ladderColour:
            ladderSettings.colour = ladderSettings.colour.next
            message = theme == .monochrome ? "no colours (NO_COLOR)" : "colour: \(ladderSettings.colour.rawValue)"
        case .ladderFollow:
            ladderSettings.follow.toggle()
            message =
                ladderSettings.follow
                ? "follow on: the Dialog and Analysis panes move with the ladder"
                : "follow off"
            syncFollow()
        case .ladderScrollMessageDown, .ladderScrollMessageUp:
            guard pane.panel != .none else {
                message = "no message shown (Enter shows one)"
                return []
            }
            let height = max(1, ladderLayout.panel.height)
            let step = id == .ladderScrollMessageDown ? max(1, height / 2) : -max(1, height / 2)
            pane.panelOffset = min(max(0, pane.panelOffset + step), max(0, pane.panelRows.count - height))
            ladder = pane
        default:
            break
        }
        return []
    }

    /// Enter: shows the selected message in the panel, or closes the panel when it already shows it.
    mutating func toggleLadderMessage() {
        guard let pane = ladder, let row = pane.view.selectedRow else { return }
        setLadderPanel(pane.panel == .message(row) ? .none : .message(row))
    }

    /// Space: marks the row; on the marked row clears the mark; on another row with a mark, diffs the two.
    mutating func markLadderRow() {
        guard var pane = ladder, let row = pane.view.selectedRow else { return }
        if let mark = pane.view.markedRow, mark != row {
            guard pane.message(ofRow: mark) != nil, pane.message(ofRow: row) != nil else {
                message = "the diff compares two messages (events have no headers)"
                return
            }
            setLadderPanel(.diff(mark, row))
            message = "diff of the marked message and this one (Space on the mark clears it)"
            return
        }
        pane.view.toggleMark()
        if pane.view.markedRow == nil, case .diff = pane.panel { pane.panel = .message(row) }
        ladder = pane
        rebuildLadderPanel(keepOffset: true)
        message = pane.view.markedRow == nil ? "mark cleared" : "marked: moving shows the time since the mark"
    }

    /// Shows `panel`; the ladder's width changes, so the geometry is recomputed.
    mutating func setLadderPanel(_ panel: LadderPane.Panel) {
        guard var pane = ladder else { return }
        pane.panel = panel
        pane.panelOffset = 0
        ladder = pane
        relayoutLadder()
    }

    /// `l`: opens the panel, then unfolds the SDP.
    mutating func unfoldLadderPanel() {
        guard let pane = ladder else { return }
        if pane.panel == .none {
            toggleLadderMessage()
        } else if !pane.sdpUnfolded {
            ladder?.sdpUnfolded = true
            rebuildLadderPanel(keepOffset: true)
        }
    }

    /// `h`: folds the SDP, then closes the panel.
    mutating func foldLadderPanel() {
        guard let pane = ladder else { return }
        if pane.sdpUnfolded, case .message = pane.panel {
            ladder?.sdpUnfolded = false
            rebuildLadderPanel(keepOffset: true)
        } else if pane.panel != .none {
            setLadderPanel(.none)
        }
    }

    /// The selected message as wire text.
    var selectedWireText: String? {
        guard let pane = ladder, let index = pane.view.selectedRow.flatMap(pane.message(ofRow:)) else { return nil }
        return pane.layout.messages[index].message.wireText
    }
}
