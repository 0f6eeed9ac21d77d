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
            let box = area.inset(top: 0, left: 2, bottom: 0, right: 2)
            buffer.fill(box)
            let count = state.currentDocument?.findings.count ?? 0
            let inner = buffer.drawBox(
                box, glyphs: glyphs, style: theme.border,
                title: SafeText("Findings (\(count))  Enter jumps", style: theme.accent))
            var listState = cursor.listViewState
            ListView(items: state.findingRows, glyphs: glyphs, theme: theme).render(
                into: &buffer, area: inner,
                state: &listState)
        }
    }
}
