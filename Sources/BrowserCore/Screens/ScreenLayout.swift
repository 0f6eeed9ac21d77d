import TermUI

/// Where everything goes for a terminal size; shared by the reducer (viewport sizes) and the renderer.
///
///     row 0      header
///     row 1      tabs (one vCon)
///     rows 2…    box: list │ detail   (stacked under 100 columns; one side only under 80×24)
///     last row   status: path of the focused node, key hints (or the prompt)
public struct ScreenLayout: Sendable, Hashable {
    public var header: Rect
    public var tabs: Rect
    public var box: Rect
    public var list: Rect
    public var divider: Rect
    public var detail: Rect
    public var status: Rect
    /// The split direction when both sides show; nil when one side fills the box.
    public var axis: Rect.Axis?
    /// True under 80×24: one side of a pane at a time.
    public var single: Bool
    /// How list and detail share the box (the renderer draws its divider with the same one).
    public var split = SplitPane(ratio: 0.4, stackBelowWidth: 100)

    /// Narrower or lower than this shows one side of a pane at a time.
    public static let minimumSplit = TerminalSize(width: 80, height: 24)

    /// `listRows` is how many rows the list has to show: stacked, the list is no taller than that (so one
    /// party leaves the detail 17 rows at 80×24 instead of 12).
    public static func make(size: TerminalSize, document: Bool, pane: Pane, focus: Focus, listRows: Int? = nil) -> ScreenLayout {
        let area = Rect(width: size.width, height: size.height)
        let header = area.row(0)
        let status = area.height > 1 ? area.row(area.height - 1) : .zero
        let top = document ? 2 : 1
        let tabs = document && area.height > 2 ? area.row(1) : .zero
        let box = Rect(x: 0, y: top, width: area.width, height: max(0, area.height - top - 1))
        let inner = box.inset(by: 1)
        let single = size.width < minimumSplit.width || size.height < minimumSplit.height
        var layout = ScreenLayout(
            header: header, tabs: tabs, box: box, list: inner, divider: .zero, detail: .zero,
            status: status, axis: nil, single: single)
        guard document else { return layout }
        // The detail keeps one blank column from the frame or divider.
        let padded = { (rect: Rect) in rect.inset(left: 1) }
        if !pane.hasList {
            layout.list = .zero
            layout.detail = padded(inner)
            return layout
        }
        if single {
            if focus == .detail {
                layout.list = .zero
                layout.detail = padded(inner)
            }
            return layout
        }
        layout.split.firstLimit = listRows
        let split = layout.split.layout(inner)
        layout.list = split.first
        layout.divider = split.divider
        layout.detail = padded(split.second)
        layout.axis = split.axis
        return layout
    }
}
