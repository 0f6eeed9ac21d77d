import TestSupport
import Testing

@testable import TermUI

/// A whole screen composed the way the browser will: header, tabs, split list/detail, status and hints.
@Suite struct ScreenSnapshotTests {
    static func screen(width: Int, height: Int, glyphs: Glyphs) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        let rows = buffer.area.split(.vertical, sizes: [1, 1, height - 4, 1, 1])
        StatusBar(
            left: SafeText("vcon-browser \(glyphs.separator) call.vcon \(glyphs.separator) 0.4.0"),
            right: "3 findings", glyphs: glyphs
        ).render(into: &buffer, area: rows[0])
        TabsBar(titles: ["1 Summary", "2 Parties", "3 Dialog"], selected: 2, glyphs: glyphs)
            .render(into: &buffer, area: rows[1])
        let body = buffer.drawBox(rows[2], glyphs: glyphs, style: Theme.standard.border)
        let layout = SplitPane(ratio: 0.4).render(
            into: &buffer, area: body, glyphs: glyphs,
            style: Theme.standard.border, joinFrame: true)
        let list = ListView(items: ["[0] text \u{1B}[31mred", "[1] recording", "[2] 中文 transfer"], glyphs: glyphs)
        var listState = ListViewState(selected: 0)
        list.render(into: &buffer, area: layout.first, state: &listState)
        let detail = TextPane(
            text: SafeText(
                "Hello \u{202E}dlrow, this body wraps at the pane width.\n\tend",
                sanitizer: .multiLine))
        var detailState = TextPaneState(query: "body")
        detail.render(into: &buffer, area: layout.second, state: &detailState)
        StatusBar(left: ".dialog[0].body", glyphs: glyphs).render(into: &buffer, area: rows[3])
        KeyHintBar([("j/k", "move"), ("Enter", "follow"), ("Tab", "pane"), ("/", "search"), ("?", "help")])
            .render(into: &buffer, area: rows[4])
        return buffer
    }

    @Test func unicodeScreen80x24() {
        expectSnapshot(Self.screen(width: 80, height: 24, glyphs: .unicode).plainText, named: "TermUITests/screen-80x24-unicode")
    }

    @Test func asciiScreen120x12() {
        expectSnapshot(Self.screen(width: 120, height: 12, glyphs: .ascii).plainText, named: "TermUITests/screen-120x12-ascii")
    }

    @Test func ansiDump() {
        expectSnapshot(AnsiRenderer().render(Self.screen(width: 60, height: 10, glyphs: .unicode)), named: "TermUITests/screen-60x10-ansi")
    }
}
