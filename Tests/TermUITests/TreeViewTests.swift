import Testing

@testable import TermUI

@Suite struct TreeViewTests {
    // 0 root, 1 a, 2 a1, 3 a2, 4 a2x, 5 b, 6 b1, 7 c
    let tree = TreeModel(rows: [
        (0, "root"), (1, "a"), (2, "a1"), (2, "a2"), (3, "a2x"), (1, "b"), (2, "b1"), (1, "c"),
    ])

    @Test func modelComputesSubtreesAndParents() {
        #expect((0..<8).map { tree.subtreeEnd(of: $0) } == [8, 5, 3, 5, 5, 7, 7, 8])
        #expect((0..<8).map { tree.parent(of: $0) ?? -1 } == [-1, 0, 1, 1, 3, 0, 5, 0])
        let clamped = TreeModel(rows: [(0, "x"), (5, "y")])
        #expect(clamped.depth(of: 1) == 1)
    }

    @Test func visibleRowsSkipCollapsedSubtrees() {
        let state = TreeViewState(collapsed: [1, 5])
        #expect(state.visibleRows(from: 0, count: 10, in: tree) == [0, 1, 5, 7])
        #expect(state.previousVisible(before: 7, in: tree) == 5)
        #expect(state.previousVisible(before: 5, in: tree) == 1)
        #expect(state.nextVisible(after: 1, in: tree) == 5)
        let nested = TreeViewState(collapsed: [3])
        #expect(nested.previousVisible(before: 5, in: tree) == 3)
        #expect(nested.shownAncestorOrSelf(4, in: tree) == 3)
    }

    @Test func rendersIndentationAndFoldMarkers() {
        var state = TreeViewState(collapsed: [5], selected: 3)
        let view = TreeView(source: tree, glyphs: .unicode)
        let buffer = render(width: 14, height: 7) { view.render(into: &$0, area: $0.area, state: &state) }
        #expect(
            buffer.plainText == """
                ▾ root
                  ▾ a
                      a1
                    ▾ a2
                        a2x
                  ▸ b
                    c
                """)
        #expect(buffer.styleLines { $0.reverse ? "R" : "." }[3] == "RRRRRRRRRRRRRR")
        #expect(!buffer.styleLines { $0.reverse ? "R" : "." }[2].contains("R"))
    }

    @Test func collapsingMovesAnInnerSelectionUpAndScrolls() {
        var state = TreeViewState(selected: 4)
        state.collapse(1, in: tree)
        #expect(state.selected == 1)
        state.move(.down(1), in: tree)
        #expect(state.selected == 5)
        state.collapseOrParent(in: tree)
        #expect(state.collapsed.contains(5))
        state.collapseOrParent(in: tree)
        #expect(state.selected == 0)
        state.move(.bottom, in: tree)
        #expect(state.selected == 7)
        state.move(.up(2), in: tree)
        #expect(state.selected == 1)
        state.expandOrChild(in: tree)
        #expect(!state.collapsed.contains(1))
        state.expandOrChild(in: tree)
        #expect(state.selected == 2)
    }

    @Test func scrollingFollowsTheSelectionByVisibleRows() {
        var state = TreeViewState(collapsed: [3])
        let view = TreeView(source: tree, glyphs: .ascii)
        _ = render(width: 10, height: 3) { view.render(into: &$0, area: $0.area, state: &state) }
        state.move(.bottom, in: tree)
        #expect(state.selected == 7)
        let buffer = render(width: 10, height: 3) { view.render(into: &$0, area: $0.area, state: &state) }
        #expect(buffer.lines == ["  - b", "      b1", "    c"])
        #expect(state.offset == 5)
        state.reveal(4, in: tree)
        #expect(state.selected == 4 && !state.collapsed.contains(3) && state.offset == 4)
    }

    @Test func fitScrollsLikeDrawingWithoutDrawing() {
        var fitted = TreeViewState(collapsed: [3], selected: 7)
        fitted.fit(height: 3, in: tree)
        var drawn = TreeViewState(collapsed: [3], selected: 7)
        _ = render(width: 1, height: 3) { TreeView(source: tree, glyphs: .ascii).render(into: &$0, area: $0.area, state: &drawn) }
        #expect(fitted == drawn)
        #expect(fitted.offset == 5 && fitted.viewportHeight == 3)
        fitted.fit(height: 0, in: tree)
        #expect(fitted.viewportHeight == 1 && fitted.offset == 7)
    }

    @Test func collapseToDepthAndToggle() {
        var state = TreeViewState(selected: 6)
        state.collapse(toDepth: 1, in: tree)
        #expect(state.collapsed == [1, 3, 5])
        #expect(state.selected == 5)
        state.toggle(in: tree)
        #expect(!state.collapsed.contains(5))
        state.expandAll()
        #expect(state.collapsed.isEmpty)
    }
}
