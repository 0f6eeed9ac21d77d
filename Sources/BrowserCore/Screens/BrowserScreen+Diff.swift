import TermUI

/// The diff overlay: `+` lines green, `-` red, `~` yellow, hunk headers accented (the markers carry the meaning).
///
///     ┌ Diff (redacted): de14….json against de13….json  l: line diff ┐
///     │ 2 fields changed in 2 items, 1 dialog redacted (placeholder)  │
///     │ - dialog[0] text  redacted (placeholder)                      │
///     │ ~ parties[0] Alice                                            │
///     │     ~ /parties/0/tel  "+1 555 0100" → "+1 555 01xx"           │
///     └───────────────────────────────────────────────────────────────┘
extension BrowserScreen {
    static func diffBox(_ view: DiffView, area: Rect, glyphs: Glyphs, theme: Theme, into buffer: inout CellBuffer) {
        let mode = view.showingLines ? "line diff (l: semantic)" : "semantic (l: line diff)"
        var lines = view.shown.map { line in SafeText(line.text, style: style(line.kind, theme: theme)) }
        if lines.isEmpty { lines = [SafeText("no line diff", style: theme.muted)] }
        // A full-width box: diff lines are long and should not move when `l` switches views.
        lines[0].append(String(repeating: " ", count: max(0, area.width - 8 - lines[0].width)))
        var scroll = HelpOverlayState(offset: view.offset)
        HelpOverlay(title: SafeText(view.title + "  " + mode), lines: lines, glyphs: glyphs, theme: theme)
            .render(into: &buffer, area: area, state: &scroll)
    }

    static func style(_ kind: DiffView.Line.Kind, theme: Theme) -> Style {
        switch kind {
        case .summary: theme.normal.bolded
        case .note: theme.muted
        case .added: theme.success
        case .removed: theme.error
        case .changed: theme.warning
        case .context: theme.normal
        case .hunk: theme.accent
        }
    }
}
