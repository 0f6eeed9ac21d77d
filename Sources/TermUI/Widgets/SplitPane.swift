/// Two panes side by side, or stacked when the area is narrow, with a divider line.
///
///     wide (≥ stackBelowWidth):  list │ detail        narrow:  list
///                                                             ──────
///                                                             detail
public struct SplitPane: Sendable, Hashable {
    /// Share of the first pane (0...1).
    public var ratio: Double
    /// Under this many columns the second pane goes under the first (UX.md: 100).
    public var stackBelowWidth: Int
    /// When stacked, the first pane takes at most this many rows (a short list leaves the rest to the second).
    public var firstLimit: Int?

    public init(ratio: Double = 0.4, stackBelowWidth: Int = 100, firstLimit: Int? = nil) {
        self.ratio = ratio
        self.stackBelowWidth = stackBelowWidth
        self.firstLimit = firstLimit
    }

    /// The result of laying out an area.
    public struct Layout: Sendable, Hashable {
        public var first: Rect
        public var divider: Rect
        public var second: Rect
        /// `.horizontal` when side by side, `.vertical` when stacked.
        public var axis: Rect.Axis
    }

    /// Splits `area`; the divider takes one column (side by side) or one row (stacked).
    public func layout(_ area: Rect) -> Layout {
        let axis: Rect.Axis = area.width >= stackBelowWidth ? .horizontal : .vertical
        let total = axis == .horizontal ? area.width : area.height
        var firstSize = min(max(0, Int((Double(max(0, total - 1)) * min(max(ratio, 0), 1)).rounded(.down))), total)
        if axis == .vertical, let firstLimit { firstSize = min(firstSize, max(1, firstLimit)) }
        let (first, rest) = area.split(axis, at: firstSize)
        let (divider, second) = rest.split(axis, at: 1)
        return Layout(first: first, divider: divider, second: second, axis: axis)
    }

    /// Lays out `area` and draws the divider; returns the layout.
    ///
    /// With `joinFrame`, the divider's ends become tees (`┬ ┴ ├ ┤`) on the frame around `area`
    /// (pass it when `area` is the inside of a `drawBox`).
    @discardableResult
    public func render(
        into buffer: inout CellBuffer, area: Rect, glyphs: Glyphs, style: Style = .plain,
        joinFrame: Bool = false
    ) -> Layout {
        let layout = layout(area)
        let d = layout.divider
        switch layout.axis {
        case .horizontal:
            buffer.drawVerticalLine(x: d.x, y: d.y, length: d.height, glyphs: glyphs, style: style)
            if joinFrame, d.width > 0 {
                buffer.write(glyphs.teeDown, x: d.x, y: d.y - 1, style: style)
                buffer.write(glyphs.teeUp, x: d.x, y: d.maxY, style: style)
            }
        case .vertical:
            buffer.drawHorizontalLine(x: d.x, y: d.y, length: d.width, glyphs: glyphs, style: style)
            if joinFrame, d.height > 0 {
                buffer.write(glyphs.teeRight, x: d.x - 1, y: d.y, style: style)
                buffer.write(glyphs.teeLeft, x: d.maxX, y: d.y, style: style)
            }
        }
        return layout
    }
}
