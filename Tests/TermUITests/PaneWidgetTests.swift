import Testing

@testable import TermUI

@Suite struct PaneWidgetTests {
    let body = SafeText("The caller read the meter.\nThe agent noted the METER number.", sanitizer: .multiLine)

    @Test func textPaneWrapsScrollsAndHighlightsHits() {
        let pane = TextPane(text: body)
        var state = TextPaneState(query: "meter")
        let buffer = render(width: 16, height: 3) { pane.render(into: &$0, area: $0.area, state: &state) }
        #expect(
            buffer.plainText == """
                The caller read
                the meter.
                The agent noted
                """)
        #expect(state.rowCount == 5 && state.hitCount == 2)
        #expect(buffer.styleLines { $0.reverse ? "H" : "." }[1] == "....HHHHH.......")
        state.scroll(.pageDown)
        #expect(state.offset == 2)
        state.scroll(.down(10))
        #expect(state.offset == 2)
    }

    @Test func textPaneJumpsBetweenHits() {
        let pane = TextPane(text: body)
        var state = TextPaneState(query: "METER")
        _ = render(width: 16, height: 2) { pane.render(into: &$0, area: $0.area, state: &state) }
        let found = state.jumpToHit(forward: true, in: pane, width: 16)
        #expect(found)
        #expect(state.currentHit == 0 && state.offset == 0)
        state.jumpToHit(forward: true, in: pane, width: 16)
        #expect(state.currentHit == 1 && state.offset == 2)
        let buffer = render(width: 16, height: 2) { pane.render(into: &$0, area: $0.area, state: &state) }
        #expect(buffer.lines == ["The agent noted", "the METER"])
        #expect(buffer.styleLines { $0.underline ? "U" : "." }[1] == "....UUUUU.......")
        state.jumpToHit(forward: true, in: pane, width: 16)
        #expect(state.currentHit == 0)
        state.query = "absent"
        let foundAbsent = state.jumpToHit(forward: true, in: pane, width: 16)
        #expect(!foundAbsent)
    }

    @Test func tabsBarMarksTheSelectedTabAndScrolls() {
        let titles: [SafeText] = ["1 Summary", "2 Parties", "3 Dialog", "4 Analysis"]
        let wide = render(width: 50, height: 1) {
            TabsBar(titles: titles, selected: 1, glyphs: .unicode).render(into: &$0, area: $0.area)
        }
        #expect(wide.lines == [" 1 Summary │ 2 Parties │ 3 Dialog │ 4 Analysis"])
        #expect(wide.styleLines { $0.reverse ? "R" : "." }[0].filter { $0 == "R" }.count == 11)
        let narrow = render(width: 26, height: 1) {
            TabsBar(titles: titles, selected: 3, glyphs: .unicode).render(into: &$0, area: $0.area)
        }
        #expect(narrow.lines == ["… 3 Dialog │ 4 Analysis"])
    }

    @Test func splitPaneStacksUnder100Columns() {
        let split = SplitPane(ratio: 0.5)
        let wide = split.layout(Rect(width: 121, height: 10))
        #expect(wide.axis == .horizontal)
        #expect(wide.first.width == 60 && wide.divider.x == 60 && wide.second.width == 60)
        let narrow = split.layout(Rect(width: 80, height: 21))
        #expect(narrow.axis == .vertical)
        #expect(narrow.first.height == 10 && narrow.divider.y == 10 && narrow.second.height == 10)
        let buffer = render(width: 5, height: 3) { split.render(into: &$0, area: $0.area, glyphs: .ascii) }
        #expect(buffer.lines == ["", "-----", ""])
    }

    @Test func statusBarKeepsTheRightPart() {
        let bar = StatusBar(left: ".dialog[2].parties[0]", right: "3 findings · UTC", glyphs: .unicode)
        let buffer = render(width: 30, height: 1) { bar.render(into: &$0, area: $0.area) }
        #expect(buffer.rowText(0) == " .dialog[2]… 3 findings · UTC ")
        #expect(buffer.styleLines { $0.reverse ? "R" : "." } == [String(repeating: "R", count: 30)])
    }

    @Test func keyHintBarFitsWholeHintsOnly() {
        let bar = KeyHintBar([("j/k", "move"), ("Enter", "follow"), ("?", "help")])
        var shown = 0
        let buffer = render(width: 24, height: 1) { shown = bar.render(into: &$0, area: $0.area) }
        #expect(buffer.lines == ["j/k move  Enter follow"])
        #expect(shown == 2)
        #expect(buffer.styleLines { $0.bold ? "B" : "." }[0].hasPrefix("BBB.......BBBBB."))
    }

    @Test func helpOverlayIsCentredAndScrolls() {
        let help = HelpOverlay(title: "Help", lines: (1...6).map { SafeText("line \($0)") }, glyphs: .unicode)
        var state = HelpOverlayState()
        let buffer = render(width: 20, height: 6) { buffer in
            buffer.fill(buffer.area, with: ".")
            help.render(into: &buffer, area: buffer.area, state: &state)
        }
        #expect(
            buffer.plainText == """
                ....................
                ....┌ Help ────┐....
                ....│ line 1   │....
                ....│ line 2   │....
                ....└── 1-2/6 ─┘....
                ....................
                """)
        state.scroll(.bottom)
        #expect(state.offset == 4)
    }

    @Test func promptEditsAndPlacesTheCursor() {
        var prompt = PromptState(history: ["older"])
        for event in (try? KeyScript.parse("fo<Left>x<End>o<C-a><Del>")) ?? [] { _ = prompt.handle(event) }
        #expect(prompt.text == "xoo" && prompt.cursor == 0)
        _ = prompt.handle(.paste("a\nb"))
        #expect(prompt.text == "a bxoo")
        _ = prompt.handle(.key(.ctrl("w")))
        #expect(prompt.text == "a xoo")
        _ = prompt.handle(.key(KeyPress(.up)))
        #expect(prompt.text == "older")
        _ = prompt.handle(.key(KeyPress(.down)))
        #expect(prompt.text == "a xoo")
        #expect(prompt.handle(.key(KeyPress(.enter))) == .submitted("a xoo"))
        #expect(prompt.history == ["older", "a xoo"])
        #expect(prompt.handle(.key(KeyPress(.escape))) == .cancelled)
        let line = PromptLine(prefix: "/", state: PromptState(text: "abc\u{1B}"), glyphs: .unicode)
        let buffer = render(width: 20, height: 1) { line.render(into: &$0, area: $0.area) }
        #expect(buffer.lines == ["/abc\\u001b"])
        #expect(buffer.cursor == CellBuffer.Position(x: 10, y: 0))
    }

    @Test func promptScrollsLongTextToKeepTheCaretVisible() {
        let line = PromptLine(prefix: ":", state: PromptState(text: "0123456789abcdef"), glyphs: .unicode)
        let buffer = render(width: 10, height: 1) { line.render(into: &$0, area: $0.area) }
        #expect(buffer.lines == [":…9abcdef"])
        #expect(buffer.cursor == CellBuffer.Position(x: 9, y: 0))
    }
}
