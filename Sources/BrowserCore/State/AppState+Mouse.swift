import TermUI

/// The mouse, by mode: the vCon list (`libraryMouse`), the panes (wheel scrolls what is under it, a click
/// selects a tab, a row or a detail line) and the ladder (`ladderMouse`).
extension AppState {
    mutating func mouseEvent(_ mouse: MouseEvent) -> [Effect] {
        guard mouseEnabled, overlay == nil else { return [] }
        switch mode {
        case .library: libraryMouse(mouse)
        case .document: documentMouse(mouse)
        case .ladder: return ladderMouse(mouse)
        }
        return []
    }

    mutating func documentMouse(_ mouse: MouseEvent) {
        let layout = self.layout
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let step: Movement = mouse.kind == .wheelUp ? .up(3) : .down(3)
            if pane.hasList {
                let inList = layout.list.contains(x: mouse.x, y: mouse.y)
                focus = inList ? .list : .detail
            }
            if pane == .json { moveTree(step) } else { movePane(step) }
        case .press(.left):
            if layout.tabs.contains(x: mouse.x, y: mouse.y) {
                var scratch = CellBuffer(width: size.width, height: 1)
                let ranges = BrowserScreen.tabsBar(self, glyphs: glyphs, theme: theme)
                    .render(into: &scratch, area: scratch.area)
                if let hit = ranges.first(where: { $0.x.contains(mouse.x) }), let target = Pane(rawValue: hit.tab) {
                    select(pane: target)
                }
            } else if layout.list.contains(x: mouse.x, y: mouse.y), pane.hasList {
                clickList(row: mouse.y - layout.list.y)
            } else if layout.detail.contains(x: mouse.x, y: mouse.y), pane != .json {
                let row = detail.offset + mouse.y - layout.detail.y
                if row < detail.rows.count {
                    if pane.hasList { focus = .detail }
                    detail.cursor = detail.rows[row].line
                    scrollDetailToCursor()
                }
            }
        default:
            break
        }
    }

    mutating func clickList(row: Int) {
        let visible = ListCursor.visible(itemRows, filter: cursor.filter)
        let position = cursor.offset + row
        guard position < visible.count else { return }
        focus = .list
        var current = cursor
        current.select(visible[position], rows: itemRows, height: layout.list.height)
        cursor = current
        rebuildDetail(keepCursor: false)
    }
}
