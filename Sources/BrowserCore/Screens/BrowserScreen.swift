import TermUI
import VConModel

/// Draws the whole screen from the state: a pure function (no clock, no I/O, no decoding).
///
///      vcon-browser · call.vcon · 0.4.0 · ✔ Authentic — signed by … · 3 findings           UTC
///      1 Summary │ 2 Parties │ 3 Dialog │ 4 Analysis │ 5 Attachments │ 6 Links │ 7 Security │ 8 JSON
///     ┌──────────────────────────────┬───────────────────────────────────────────────────────┐
///     │▶ [0] recording …             │ dialog[0] recording                                   │
///     └──────────────────────────────┴───────────────────────────────────────────────────────┘
///      .dialog[0]  j/k move  Enter follow  Tab pane  / search  ? help  q back
public enum BrowserScreen {
    /// Renders `state` at `size`.
    public static func render(_ state: AppState, size: TerminalSize, glyphs: Glyphs, theme: Theme) -> CellBuffer {
        var buffer = CellBuffer(width: size.width, height: size.height)
        buffer.asciiOnly = glyphs.isASCII
        guard size.width >= 20, size.height >= 6 else {
            buffer.write("window too small", x: 0, y: 0, style: theme.warning)
            return buffer
        }
        var state = state
        if state.size != size { _ = state.apply(.resize(size)) }
        let layout = state.layout
        header(state, layout: layout, glyphs: glyphs, theme: theme, into: &buffer)
        switch state.mode {
        case .library:
            library(state, layout: layout, glyphs: glyphs, theme: theme, into: &buffer)
        case .document:
            tabsBar(state, glyphs: glyphs, theme: theme).render(into: &buffer, area: layout.tabs)
            panes(state, layout: layout, glyphs: glyphs, theme: theme, into: &buffer)
        case .ladder:
            tabsBar(state, glyphs: glyphs, theme: theme).render(into: &buffer, area: layout.tabs)
            if let ladder = state.ladder { ladderPane(state, pane: ladder, glyphs: glyphs, theme: theme, into: &buffer) }
        }
        statusLine(state, layout: layout, glyphs: glyphs, theme: theme, into: &buffer)
        if let overlay = state.overlay {
            overlayBox(overlay, state: state, layout: layout, glyphs: glyphs, theme: theme, into: &buffer)
        }
        return buffer
    }

    /// The tab bar of the open vCon (the mouse finds the clicked tab with the same one).
    static func tabsBar(_ state: AppState, glyphs: Glyphs, theme: Theme) -> TabsBar {
        let inLadder = state.mode == .ladder
        let ladderTab = inLadder ? [SafeText("L Ladder")] : []
        return TabsBar(
            titles: Pane.allCases.map { SafeText($0.tabTitle) } + ladderTab,
            shortTitles: Pane.allCases.map { SafeText($0.shortTabTitle) } + ladderTab,
            selected: inLadder ? Pane.allCases.count : state.pane.rawValue, glyphs: glyphs, theme: theme)
    }

    static func library(
        _ state: AppState, layout: ScreenLayout, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        buffer.drawBox(
            layout.box, glyphs: glyphs, style: theme.border,
            title: SafeText("vCons (\(state.libraryRows.count))  Enter opens", style: theme.accent))
        if !state.libraryRows.isEmpty {
            // The position, as every list shows it (`3/25`), counted among the rows the filter shows.
            let visible = ListCursor.visible(state.libraryRows, filter: state.libraryCursor.filter)
            let position = (visible.firstIndex(of: state.libraryCursor.selected) ?? 0) + 1
            let note = SafeText(" \(position)/\(visible.count) ", style: theme.muted)
            buffer.write(note, x: layout.box.maxX - note.width - 2, y: layout.box.maxY - 1)
        }
        var listState = state.libraryCursor.listViewState
        let list = ListView(rows: state.libraryRows, glyphs: glyphs, theme: theme, numbered: state.showNumbers)
        list.render(into: &buffer, area: layout.list, state: &listState)
        if let search = state.listSearch {
            highlight(search.query, rows: state.libraryRows, list: list, state: listState, area: layout.list, theme: theme, into: &buffer)
        }
    }

    static func panes(
        _ state: AppState, layout: ScreenLayout, glyphs: Glyphs, theme: Theme,
        into buffer: inout CellBuffer
    ) {
        let inner = buffer.drawBox(layout.box, glyphs: glyphs, style: theme.border)
        if layout.axis != nil {
            layout.split.render(
                into: &buffer, area: inner, glyphs: glyphs,
                style: theme.border, joinFrame: true)
        }
        if state.pane == .json {
            guard let tree = state.tree else {
                buffer.write("no JSON", x: layout.detail.x, y: layout.detail.y, style: theme.muted)
                return
            }
            var treeState = state.treeState
            TreeView(source: tree, glyphs: glyphs, theme: theme).render(
                into: &buffer, area: layout.detail,
                state: &treeState)
            treeHits(state, tree: tree, treeState: treeState, area: layout.detail, glyphs: glyphs, theme: theme, into: &buffer)
            let note = SafeText(" \(treeState.selected + 1)/\(tree.nodeCount) ", style: theme.muted)
            buffer.write(note, x: layout.box.maxX - note.width - 2, y: layout.box.maxY - 1)
            return
        }
        if !layout.list.isEmpty {
            if state.items.isEmpty {
                buffer.write(
                    SafeText(PaneContent.emptyText(state.pane, context: state.context), style: theme.muted),
                    x: layout.list.x + 1, y: layout.list.y, clip: layout.list)
            } else {
                var listState = state.cursor.listViewState
                var listTheme = theme
                if state.focus == .detail { listTheme.selection = Style(reverse: true, dim: true) }
                ListView(items: state.itemRows, glyphs: glyphs, theme: listTheme, numbered: state.showNumbers)
                    .render(into: &buffer, area: layout.list, state: &listState)
            }
        }
        if !layout.detail.isEmpty {
            detailRows(state, area: layout.detail, glyphs: glyphs, theme: theme, into: &buffer)
            if !state.detail.rows.isEmpty {
                let note = SafeText(" \(state.detail.cursor + 1)/\(state.detail.lines.count) ", style: theme.muted)
                buffer.write(note, x: layout.box.maxX - note.width - 2, y: layout.box.maxY - 1)
            }
        }
    }

    /// The detail rows from the scroll offset; the cursor line reversed when the detail has focus.
    static func detailRows(_ state: AppState, area: Rect, glyphs: Glyphs, theme: Theme, into buffer: inout CellBuffer) {
        let detail = state.detail
        let focused = state.focus == .detail || !state.pane.hasList
        let query = state.search?.query.lowercased()
        for row in 0..<area.height {
            let index = detail.offset + row
            guard index < detail.rows.count else { break }
            let item = detail.rows[index]
            let line = area.row(row)
            let x = line.x + (index > 0 && detail.rows[index - 1].line == item.line ? item.indent : 0)
            buffer.write(item.text, x: x, y: line.y, clip: line)
            if let query, !query.isEmpty {
                for (column, width) in SearchHighlight.columns(of: query, in: item.text) {
                    let rect = Rect(x: x + column, y: line.y, width: width, height: 1).intersection(line)
                    buffer.modifyStyle(in: rect) { $0 = theme.searchHit }
                }
            }
            if focused, item.line == detail.cursor {
                buffer.modifyStyle(in: line) { $0.reverse = true }
            }
        }
    }
}
