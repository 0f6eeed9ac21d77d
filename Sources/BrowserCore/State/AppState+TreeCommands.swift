import TermUI
import VConModel

/// The JSON pane's keys, reached from `runInDocument`: moves go node by node, `l`/`h` unfold and fold (or go
/// to the child and the parent), Space toggles, Enter on an index (`"party": 1`) goes to the item it names.
extension AppState {
    /// Handles `id` on the JSON tree; nil leaves it to the document's reducer.
    mutating func runInTree(_ id: CommandID) -> [Effect]? {
        if let movement = Self.movement(id) {
            moveTree(movement)
            return []
        }
        switch id {
        case .openOrUnfold:
            guard let tree else { break }
            treeState.expandOrChild(in: tree)
            syncTreeViewport()
        case .foldOrLeave:
            guard let tree else { break }
            treeState.collapseOrParent(in: tree)
        case .toggleFold:
            guard let tree else { break }
            treeState.toggle(in: tree)
        case .follow:
            followInTree()
        default:
            return nil
        }
        return []
    }

    mutating func moveTree(_ movement: Movement) {
        guard let tree else { return }
        syncTreeViewport()
        treeState.move(movement, in: tree)
    }

    /// Enter: an index-valued node goes to the item it names, any other node folds or unfolds.
    mutating func followInTree() {
        guard let tree else { return }
        if let target = indexTarget(ofNode: treeState.selected, in: tree) {
            remember()
            go(to: target)
        } else {
            treeState.toggle(in: tree)
        }
    }
}
