import TermUI
import VConModel
import VConSIP

/// The ladder view: the ladder in the box, the message panel beside it (wide) or under it (narrow).
///
///     ┌ Ladder · dialog 0 · 7f3a9c2e1b40d5@pc-alice.example.com · 9 messages ─┬──────────────────────┐
///     │  2026-03-03 UTC  Δ          [0] Alice Moreno       [1] Bob Okafor    │ #3 200 OK (SDP)      │
///     │▶  14:30:03.400   +2.200s         │◀─── 200 OK (SDP) ────│            │ SIP/2.0 200 OK       │
///     └───────────────────────────────────────────────────────────────────────┴──────────────────────┘
extension BrowserScreen {
    static func ladderPane(
        _ state: AppState, pane: LadderPane, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let layout = state.layout
        let areas = state.ladderLayout
        let title = pane.title(glyphs: glyphs, collapsed: state.ladderSettings.collapse, follow: state.ladderSettings.follow)
        // Beside a panel the title stops before the divider's tee.
        let room = areas.panel.isEmpty || areas.panel.y > areas.ladder.y ? layout.box.width - 4 : areas.ladder.width - 2
        let inner = buffer.drawBox(
            layout.box, glyphs: glyphs, style: theme.border,
            title: SafeText(title, style: theme.accent).asciiOnly(if: glyphs.isASCII).truncated(
                to: max(1, room),
                ellipsis: glyphs.ellipsis))
        areas.split?.render(into: &buffer, area: inner, glyphs: glyphs, style: theme.border, joinFrame: true)
        let view = LadderView(geometry: pane.geometry, theme: theme)
        if pane.layout.rows.isEmpty {
            buffer.write(
                SafeText("no SIP messages in this dialog's signaling", style: theme.muted),
                x: areas.ladder.x + 1, y: areas.ladder.y, clip: areas.ladder)
        } else {
            view.render(into: &buffer, area: areas.ladder, state: pane.view)
            colourArrows(state, pane: pane, area: areas.ladder, theme: theme, into: &buffer)
        }
        if let row = pane.view.selectedRow, let position = pane.geometry.visibleRows.firstIndex(of: row) {
            let note = SafeText(" \(position + 1)/\(pane.geometry.visibleRows.count) ", style: theme.muted)
            buffer.write(note, x: areas.ladder.maxX - note.width - 1, y: layout.box.maxY - 1)
        }
        guard !areas.panel.isEmpty else { return }
        for y in 0..<areas.panel.height {
            let index = pane.panelOffset + y
            guard index < pane.panelRows.count else { break }
            let item = pane.panelRows[index]
            let line = areas.panel.row(y)
            let x = line.x + (index > 0 && pane.panelRows[index - 1].line == item.line ? item.indent : 0)
            buffer.write(item.text, x: x, y: line.y, clip: line)
        }
        if pane.panelRows.count > areas.panel.height {
            let last = min(pane.panelRows.count, pane.panelOffset + areas.panel.height)
            let note = SafeText(" \(last)/\(pane.panelRows.count) J/K ", style: theme.muted)
            buffer.write(note, x: areas.panel.maxX - note.width - 1, y: min(areas.panel.maxY, layout.box.maxY - 1))
        }
    }

    /// `c`: arrows and list rows recoloured by message class, call or transaction (colour only adds to
    /// the glyphs and labels, which say the same).
    static func colourArrows(
        _ state: AppState, pane: LadderPane, area: Rect, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let colouring = state.ladderSettings.colour
        guard colouring != .none, theme != .monochrome else { return }
        let geometry = pane.geometry
        let lanes = Rect(
            x: area.x + geometry.gutter.width, y: area.y,
            width: max(0, min(area.width, geometry.metrics.width) - geometry.gutter.width), height: area.height)
        let origin = lanes.x - geometry.canvasOffset(laneScroll: pane.view.laneScroll)
        let bodyTop = area.y + geometry.header.count
        for y in bodyTop..<area.maxY {
            let index = pane.view.topLine + y - bodyTop
            guard index < geometry.lines.count, case .message(let message) = geometry.lines[index].kind,
                let color = colour(of: pane.layout.messages[message], by: colouring)
            else { continue }
            let span: Rect
            switch geometry.lines[index].body {
            case .arrow(let arrow):
                let low = min(arrow.fromX, arrow.toX), high = max(arrow.fromX, arrow.toX)
                span = Rect(x: origin + low + 1, y: y, width: max(0, high - low - 1), height: 1)
            case .spans(let spans):
                let low = spans.map(\.x).min() ?? 0, high = spans.map { $0.x + $0.width }.max() ?? 0
                span = Rect(x: origin + low + 1, y: y, width: max(0, high - low - 1), height: 1)
            case .list:
                span = Rect(x: area.x + geometry.gutter.width, y: y, width: lanes.width, height: 1)
            default:
                continue
            }
            buffer.modifyStyle(in: span.intersection(geometry.mode == .list ? area : lanes)) { $0.foreground = color }
        }
    }

    /// Palette slots that read on dark and light backgrounds (no yellow, no white).
    static let ladderPalette: [TermColor] = [.blue, .green, .magenta, .cyan, .red]

    static func colour(of row: LadderMessageRow, by colouring: LadderColouring) -> TermColor? {
        switch colouring {
        case .none: return nil
        case .messageClass:
            guard let code = row.message.statusCode else { return .blue }
            switch code {
            case ..<200: return .cyan
            case ..<300: return .green
            case ..<400: return .magenta
            default: return .red
            }
        case .call: return row.callGroup.map { ladderPalette[$0 % ladderPalette.count] }
        case .transaction: return row.transaction.map { ladderPalette[$0 % ladderPalette.count] }
        }
    }
}
