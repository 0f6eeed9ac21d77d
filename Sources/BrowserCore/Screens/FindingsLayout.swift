import TermUI

/// The findings box: the list on top, a divider, and the selected entry in full below (at most half the box).
struct FindingsLayout: Sendable, Equatable {
    var box: Rect
    var list: Rect
    var divider: Rect
    var preview: Rect

    init(box: Rect, previewLines: Int) {
        self.box = box
        let inner = box.inset(by: 1)
        let previewHeight = min(max(1, previewLines), max(0, inner.height / 2))
        let listHeight = max(0, inner.height - previewHeight - 1)
        list = Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight)
        divider = Rect(x: box.x, y: inner.y + listHeight, width: box.width, height: listHeight < inner.height ? 1 : 0)
        preview = Rect(x: inner.x + 1, y: inner.y + listHeight + 1, width: max(0, inner.width - 2), height: previewHeight)
    }
}
