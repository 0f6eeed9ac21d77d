import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// Counts every `TreeSource` call, to show that the work per screen does not grow with the document.
final class CountingTree: TreeSource {
    let base: JSONTree
    private(set) var calls = 0
    private(set) var labels = 0

    init(_ base: JSONTree) { self.base = base }

    var nodeCount: Int { base.nodeCount }
    func depth(of node: Int) -> Int { calls += 1; return base.depth(of: node) }
    func subtreeEnd(of node: Int) -> Int { calls += 1; return base.subtreeEnd(of: node) }
    func parent(of node: Int) -> Int? { calls += 1; return base.parent(of: node) }
    func label(of node: Int) -> SafeText { calls += 1; labels += 1; return base.label(of: node) }

    func reset() { calls = 0; labels = 0 }
}

@Suite struct JSONTreeLargeTests {
    static let count = 1_000_000

    @Test func millionElementArrayOpensAndJumpsToTheEndWithBoundedWork() {
        let elements = (0..<Self.count).map(String.init).joined(separator: ",")
        let document = PartsFixtures.document(#"{"head":1,"big":["# + elements + #"],"tail":"end"}"#)
        let tree = JSONTree(document: document)
        #expect(tree.nodeCount == Self.count + 4)
        #expect(tree.index.checkpointCount == document.valueCount / tree.index.stride + 1)

        var state = tree.initialFoldState()
        #expect(state.collapsed == [2])
        let counting = CountingTree(tree)
        var buffer = CellBuffer(width: 60, height: 24)
        TreeView(source: counting, glyphs: .unicode).render(into: &buffer, area: buffer.area, state: &state)
        #expect(
            buffer.lines.prefix(5) == [
                "▾ {3 keys}", "    head: 1", "  ▸ big: [1 000 000 items]", "    tail: \"end\"", "",
            ])
        #expect(counting.labels == 4)
        #expect(counting.calls < 100)

        // Unfold the array and jump to the end: the work stays a few calls per row on screen.
        counting.reset()
        state.move(.down(2), in: counting)
        state.expandOrChild(in: counting)
        state.move(.bottom, in: counting)
        buffer = CellBuffer(width: 60, height: 24)
        TreeView(source: counting, glyphs: .unicode).render(into: &buffer, area: buffer.area, state: &state)
        #expect(buffer.lines[22] == "      [999999] 999999")
        #expect(buffer.lines[23] == "    tail: \"end\"")
        #expect(counting.labels == 24)
        #expect(counting.calls < 1_000)
        state.move(.up(1), in: counting)
        #expect(tree.path(ofRow: state.selected).pointer == "/big/999999")
        #expect(tree.path(ofRow: state.selected).jq == ".big[999999]")

        // Half-way, by row number: the element is found from its checkpoint.
        counting.reset()
        state.reveal(3 + 500_000, in: counting)
        #expect(tree.label(of: state.selected).plainText == "[500000] 500000")
        #expect(counting.calls < 200)
    }
}
