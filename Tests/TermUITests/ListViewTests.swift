import Synchronization
import Testing

@testable import TermUI

@Suite struct ListViewTests {
    let list = ListView(items: (1...8).map { SafeText("item \($0)") }, glyphs: .unicode)

    @Test func drawsSelectionWithMarkerAndReverse() {
        var state = ListViewState()
        state.selected = 1
        let buffer = render(width: 12, height: 3) { list.render(into: &$0, area: $0.area, state: &state) }
        #expect(
            buffer.plainText == """
                  item 1
                ▶ item 2
                  item 3
                """)
        #expect(buffer.styleLines { $0.reverse ? "R" : "." } == ["............", "RRRRRRRRRRRR", "............"])
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        var state = ListViewState()
        _ = render(width: 12, height: 3) { list.render(into: &$0, area: $0.area, state: &state) }
        state.move(.down(4), in: list)
        #expect(state.selected == 4 && state.offset == 2)
        state.move(.pageDown, in: list)
        #expect(state.selected == 6)
        state.move(.bottom, in: list)
        let buffer = render(width: 12, height: 3) { list.render(into: &$0, area: $0.area, state: &state) }
        #expect(buffer.lines == ["  item 6", "  item 7", "▶ item 8"])
        state.move(.top, in: list)
        #expect(state.selected == 0 && state.offset == 0)
        state.move(.up(1), in: list)
        #expect(state.selected == 0)
    }

    @Test func filterHidesRowsAndSaysHowMany() {
        var items = Array(list.items)
        items.append(SafeText("other 10"))
        let filtered = ListView(items: items, glyphs: .unicode)
        var state = ListViewState(selected: 0, filter: "OTHER")
        let buffer = render(width: 20, height: 3) { filtered.render(into: &$0, area: $0.area, state: &state) }
        #expect(
            buffer.plainText == """
                ▶ other 10

                \\ OTHER · 8 hidden
                """)
        #expect(state.selected == 8)
        state.filter = "item"
        state.move(.down(1), in: filtered)
        #expect(state.selected == 0)
    }

    @Test func emptyListHasNoSelection() {
        var state = ListViewState()
        let empty = ListView(items: [], glyphs: .ascii)
        _ = render(width: 5, height: 2) { empty.render(into: &$0, area: $0.area, state: &state) }
        #expect(state.selected == nil)
        state.move(.down(1), in: empty)
        #expect(state.selected == nil)
    }

    @Test func longRowsAreTruncatedInASCII() {
        var state = ListViewState()
        let ascii = ListView(items: ["a very long row indeed"], glyphs: .ascii)
        let buffer = render(width: 10, height: 1) { ascii.render(into: &$0, area: $0.area, state: &state) }
        #expect(buffer.lines == ["> a very ~"])
    }

    /// Counts the rows a `ListRows` was asked to draw.
    final class Drawn: Sendable {
        let count = Mutex(0)
    }

    @Test func onlyTheRowsOnScreenAreDrawn() {
        let drawn = Drawn()
        let rows = ListRows(count: 100_000) { index in
            drawn.count.withLock { $0 += 1 }
            return SafeText("row \(index)")
        }
        var state = ListViewState(selected: 50_000)
        let buffer = render(width: 30, height: 10) { ListView(rows: rows, glyphs: .ascii).render(into: &$0, area: $0.area, state: &state) }
        #expect(buffer.plainText.contains("row 50000"))
        #expect(drawn.count.withLock { $0 } == 10, "the ten rows shown, not 100 000")
    }

    @Test func aFilterMatchesWhatARowSays() {
        let rows = ListRows(count: 1_000) { SafeText("row \($0)") }
        #expect(ListView(rows: rows, glyphs: .ascii).visibleIndices(filter: "ROW 99").count == 11)
    }
}
