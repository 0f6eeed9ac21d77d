import TermUI
import VConModel

/// Help, findings, explain and confirm boxes over the panes.
extension BrowserScreen {
    static func overlayBox(
        _ overlay: Overlay, state: AppState, layout: ScreenLayout, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let area = Rect(x: 0, y: 1, width: layout.box.width, height: layout.status.y - 1)
        switch overlay {
        case .help(let help):
            let tabs = help.tab == 0 ? "keys (Tab: legend)" : "legend (Tab: keys)"
            let filter = help.filter.isEmpty ? "" : "  /" + help.filter
            var lines = state.helpLines(help)
            if lines.isEmpty { lines = [SafeText("no match for \(help.filter)", style: theme.muted)] }
            var scroll = HelpOverlayState(offset: help.offset)
            HelpOverlay(title: SafeText("Help: " + tabs + filter), lines: lines, glyphs: glyphs, theme: theme)
                .render(into: &buffer, area: area, state: &scroll)
        case .explain(let title, let lines, let offset):
            var scroll = HelpOverlayState(offset: offset)
            HelpOverlay(title: SafeText(title), lines: lines.map { SafeText($0) }, glyphs: glyphs, theme: theme)
                .render(into: &buffer, area: area, state: &scroll)
        case .diff(let view):
            diffBox(view, area: area, glyphs: glyphs, theme: theme, into: &buffer)
        case .confirm(let request):
            var scroll = HelpOverlayState()
            HelpOverlay(
                title: "Overwrite?",
                lines: [
                    SafeText("\(request.path) exists."),
                    SafeText("y: overwrite it   n or Esc: keep it"),
                ],
                glyphs: glyphs, theme: theme
            ).render(into: &buffer, area: area, state: &scroll)
        case .findings(let cursor):
            findingsBox(cursor, state: state, glyphs: glyphs, theme: theme, into: &buffer)
        }
    }
}

extension BrowserScreen {
    /// The `!` box: the list, a divider, and the selected entry in full (`FindingsLayout`).
    static func findingsBox(
        _ cursor: ListCursor, state: AppState, glyphs: Glyphs, theme: Theme, into buffer: inout CellBuffer
    ) {
        let layout = state.findingsLayout
        buffer.fill(layout.box)
        buffer.drawBox(
            layout.box, glyphs: glyphs, style: theme.border,
            title: SafeText(state.findingsTitle + (state.mode == .library ? "" : "  Enter jumps"), style: theme.accent))
        var listState = cursor.listViewState
        ListView(items: state.findingRows, glyphs: glyphs, theme: theme).render(
            into: &buffer, area: layout.list, state: &listState)
        guard !layout.divider.isEmpty else { return }
        let rule = glyphs.teeRight + String(repeating: glyphs.horizontal, count: max(0, layout.divider.width - 2)) + glyphs.teeLeft
        buffer.write(SafeText(rule, style: theme.border), x: layout.divider.x, y: layout.divider.y)
        let lines = state.findingPreview(width: layout.preview.width)
        for (row, line) in lines.prefix(layout.preview.height).enumerated() {
            buffer.write(line, x: layout.preview.x, y: layout.preview.y + row, clip: layout.preview)
        }
    }
}
