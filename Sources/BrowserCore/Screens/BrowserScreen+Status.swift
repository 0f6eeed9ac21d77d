import TermUI

/// The bottom line: the prompt when one is open, else the focused path and key hints (or a message).
///
///      .dialog[2].parties   j/k move  Enter follow  Tab pane  / search  y copy  X explain  ? help  q back
extension BrowserScreen {
    static func statusLine(
        _ state: AppState, layout: ScreenLayout, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let area = layout.status
        guard !area.isEmpty else { return }
        if let prompt = state.prompt {
            PromptLine(prefix: SafeText(prompt.kind.prefix, style: theme.accent), state: prompt.editor, glyphs: glyphs)
                .render(into: &buffer, area: area)
            return
        }
        // Files changed on disk: the notice takes the whole line (the focused path is back after `R`).
        if state.message == nil, let notice = state.changedNotice {
            let line = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: 1)
            buffer.writeLine(SafeText(notice, style: theme.warning), in: line, ellipsis: glyphs.ellipsis)
            return
        }
        var x = area.x + 1
        if let pointer = state.focusedPointer {
            let path = SafeText(PointerText.path(pointer), style: theme.accent.bolded).asciiOnly(if: glyphs.isASCII)
                .truncated(to: max(10, area.width / 3), ellipsis: glyphs.ellipsis, position: .start)
            x = buffer.write(path, x: x, y: area.y, clip: area) + 3
        }
        var right = SafeText()
        if let work = state.work {
            // Work off the UI loop stays visible until it answers (keys clear `message`, not this).
            right.append(work.status + "  Esc stops ", style: theme.muted)
        } else if state.session.unchecked > 0 {
            let total = state.session.documents.count
            right.append("checking findings \(total - state.session.unchecked)/\(total)… ", style: theme.muted)
        }
        if state.mode == .library, let search = state.listSearch {
            right.append("/" + search.query + " ", style: theme.accent)
            right.append("\(search.current + 1)/\(search.rows.count)", style: theme.muted)
        } else if let search = state.search, state.mode != .library {
            right.append("/" + search.query + " ", style: theme.accent)
            if let pending = state.pendingSearch {
                let found = search.hits.isEmpty ? "" : "\(search.current + 1)/\(search.hits.count)  "
                right.append(found + "searching\(glyphs.ellipsis) \(pending.percent)%", style: theme.muted)
            } else {
                right.append(
                    search.hits.isEmpty ? "no hits" : "\(search.current + 1)/\(search.hits.count)",
                    style: theme.muted)
            }
        }
        let rightX = area.maxX - right.width - 1
        if !right.isEmpty { buffer.write(right, x: rightX, y: area.y, clip: area) }
        let room = Rect(x: x, y: area.y, width: max(0, (right.isEmpty ? area.maxX : rightX - 2) - x), height: 1)
        if let message = state.message {
            let text = SafeText(message, style: theme.warning)
            if text.width <= room.width {
                buffer.writeLine(text, in: room, ellipsis: glyphs.ellipsis)
            } else {
                longMessage(text, area: area, glyphs: glyphs, into: &buffer)
            }
            return
        }
        KeyHintBar(hints: hints(state), theme: theme).render(into: &buffer, area: room)
    }

    /// A message longer than the status line's room: wrapped over the whole width, up to `maximumMessageRows`
    /// rows just above the status line (over the bottom of the box, as vim shows a long message), so the
    /// status line keeps the focused path and the search count; the last row is cut if even that is not enough.
    static func longMessage(_ text: SafeText, area: Rect, glyphs: Glyphs, into buffer: inout CellBuffer) {
        var rows = text.asciiOnly(if: glyphs.isASCII).wrapped(width: max(1, area.width - 2))
        if rows.count > maximumMessageRows {
            var last = rows[maximumMessageRows - 1]
            last.append(" " + glyphs.ellipsis)
            rows = Array(rows.prefix(maximumMessageRows - 1)) + [last.truncated(to: area.width - 2, ellipsis: glyphs.ellipsis)]
        }
        let top = max(0, area.y - rows.count)
        for (index, row) in rows.enumerated() where top + index < area.y {
            let line = Rect(x: area.x, y: top + index, width: area.width, height: 1)
            buffer.fill(line)
            buffer.writeLine(row, in: line.inset(left: 1), ellipsis: glyphs.ellipsis)
        }
    }

    /// At most this many rows for one status message.
    static let maximumMessageRows = 4

    /// The hints for what has the keyboard, labels from the command table.
    static func hints(_ state: AppState) -> [KeyHintBar.Hint] {
        func hint(_ id: CommandID, _ fallback: String? = nil) -> KeyHintBar.Hint? {
            guard let command = state.keys.keymap.command(id) else { return nil }
            return KeyHintBar.Hint(key: command.shortKeyLabel, label: fallback ?? command.hint ?? command.help)
        }
        let follow = state.keys.followUps
        if !follow.isEmpty {
            return follow.map {
                KeyHintBar.Hint(
                    key: $0.keys.first.flatMap(\.last).map(Command.label) ?? "?",
                    label: $0.hint ?? $0.help)
            }
        }
        let move = KeyHintBar.Hint(
            key: "\(state.keys.keymap.command(.moveDown)?.shortKeyLabel ?? "j")/"
                + "\(state.keys.keymap.command(.moveUp)?.shortKeyLabel ?? "k")", label: "move")
        switch state.overlay {
        case .help?:
            return [
                KeyHintBar.Hint(key: "j/k", label: "scroll"), KeyHintBar.Hint(key: "Tab", label: "keys/legend"),
                KeyHintBar.Hint(key: "/", label: "search"), KeyHintBar.Hint(key: "q", label: "close"),
            ]
        case .findings?:
            return [move, KeyHintBar.Hint(key: "Enter", label: "jump"), KeyHintBar.Hint(key: "q", label: "close")]
        case .explain?:
            return [KeyHintBar.Hint(key: "j/k", label: "scroll"), KeyHintBar.Hint(key: "q", label: "close")]
        case .diff(let view)?:
            return [
                KeyHintBar.Hint(key: "j/k", label: "scroll"),
                KeyHintBar.Hint(key: "l", label: view.showingLines ? "semantic diff" : "line diff"),
                KeyHintBar.Hint(key: "q", label: "close"),
            ]
        case .confirm?:
            return [KeyHintBar.Hint(key: "y", label: "overwrite"), KeyHintBar.Hint(key: "n", label: "keep the file")]
        case nil:
            break
        }
        switch state.mode {
        case .library:
            return [move, hint(.follow, "open"), hint(.search), hint(.filter), hint(.help), hint(.back, "quit")]
                .compactMap { $0 }
        case .ladder:
            return ladderHints(state)
        case .document:
            break
        }
        let copy = KeyHintBar.Hint(key: "y", label: "copy")
        var list: [KeyHintBar.Hint?] = [move]
        if state.pane == .json {
            list += [KeyHintBar.Hint(key: "h/l", label: "fold"), hint(.follow)]
        } else {
            list.append(hint(.follow))
        }
        list += [
            hint(.nextPane), hint(.search), hint(.help),
            hint(.back, state.session.hasList || state.focus == .detail ? "back" : "quit"),
            copy,
        ]
        // `o` where there is an inline body to hand over (a dialog, analysis or attachment selected).
        if state.selectedContent()?.0.isInline == true { list.append(hint(.openWith)) }
        list += [hint(.explain), hint(.timeMode)]
        return list.compactMap { $0 }
    }
}
