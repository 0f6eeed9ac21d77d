import TermUI
import VConModel

extension JSONTree {
    /// The state a JSON pane opens with: the top level expanded, big containers folded.
    ///
    /// Walks containers from the root, skipping the inside of every folded one, and stops
    /// after `budget` children (what is not reached stays unfolded, which costs nothing:
    /// rows are lazy). A container is big when it has more than `bigContainer` elements or members;
    /// so a long transcript is folded while the dialog array around it stays open.
    public func initialFoldState(bigContainer: Int = 32, budget: Int = 20_000) -> TreeViewState {
        var collapsed = Set<Int>()
        let root = document.root
        guard root.isObject || root.isArray else { return TreeViewState() }
        var pending = [root]
        var visited = 0
        while let container = pending.popLast(), visited < budget {
            var child = container.index + 1
            while child < container.endIndex, visited < budget {
                if container.isObject { child += 1 }  // skip the member name
                let value = JSONValue(document: document, index: child)
                visited += 1
                if value.isObject || value.isArray {
                    if childCount(of: value) > bigContainer {
                        collapsed.insert(index.row(ofTape: value.index))
                    } else {
                        pending.append(value)
                    }
                }
                child = value.endIndex
            }
        }
        return TreeViewState(collapsed: collapsed, selected: 0)
    }

    /// Reveals the value at tape index `tape` in `state` (unfolding its ancestors): for search hits.
    public func reveal(tape: Int, in state: inout TreeViewState) {
        state.reveal(index.row(ofTape: tape), in: self)
    }
}
